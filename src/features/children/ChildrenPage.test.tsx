import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_NOW } from "../../../tests/support/demoTenantServer";
import { meetingWorld, SPLIT_FAMILY } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import type { FamilyRow } from "../../domain/families/misCsv";
import { bookedMeeting } from "../../domain/meetings/testing/meetingFixture";
import { DAY_MS, instant } from "../../domain/time/instant";
import { ServicesProvider } from "../services";
import { ChildrenPage } from "./ChildrenPage";

/*
 * The children list over the production Graph code and the demo tenant (msw), as staff use it.
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);
afterEach(cleanup);

const row = (childId: string, childName: string, adjustments: string[]): FamilyRow => ({
  ...(SPLIT_FAMILY[0] as FamilyRow),
  childId,
  childName,
  carerName: `Carer of ${childName}`,
  carerEmail: `${childId.toLowerCase()}@example.net`,
  household: "",
  standingAdjustments: adjustments,
});

/** Noor (two households kept apart, an offer out 4 days), Aidan (adjustments, reviewed), Beth (nothing on record). */
async function school() {
  const w = await world.setUp([
    ...SPLIT_FAMILY.map((r) => ({ ...r, keepHouseholdsApart: true })),
    row("GP7000", "Aidan Brown", ["Hearing loop", "Papers in large print"]),
    row("GP7001", "Beth Aziz", []),
  ]);
  await w.offers.send(w.draft);
  const start = instant(TEST_NOW - 30 * DAY_MS);
  await w.store.create(bookedMeeting(start, { childId: "GP7000", status: "summarised" }));
  ctx.now += 4 * DAY_MS + 3_600_000;
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={staffServices(w)}>
        <ChildrenPage />
      </ServicesProvider>
    </FluentProvider>,
  );
  await screen.findByRole("list", { name: "Children" });
}

const names = () =>
  within(screen.getByRole("list", { name: "Children" }))
    .queryAllByRole("link")
    .map((a) => a.textContent);
/** The list item of one child: the link to their timeline and what needs attention. */
const entry = (name: string) => screen.getByRole("link", { name }).closest("li") as HTMLElement;
const filter = (label: RegExp) => screen.getByRole("button", { name: label });

describe("the children list", () => {
  it("shows at a glance who needs attention, in plain words", { timeout: 30_000 }, async () => {
    await school();
    expect(names()).toEqual(["Aidan Brown", "Beth Aziz", "Noor Aziz"]);
    const noor = entry("Noor Aziz");
    expect(noor).toHaveTextContent("2 households, kept apart");
    expect(noor).toHaveTextContent("Offer waiting 4 days");
    expect(noor).toHaveTextContent("Review due: none on record");
    const aidan = entry("Aidan Brown");
    expect(aidan).toHaveTextContent("2 standing adjustments: Hearing loop, Papers in large print");
    expect(aidan).not.toHaveTextContent("Review due");
    expect(screen.getByRole("link", { name: "Aidan Brown" })).toHaveAttribute("href", "#/children/GP7000");
    expect(entry("Beth Aziz")).toHaveTextContent("Review due: none on record");
  });

  it("filters by each need with counts, together and with the search, from the keyboard", {
    timeout: 30_000,
  }, async () => {
    await school();
    const user = userEvent.setup();
    expect(filter(/^Separate households/)).toHaveTextContent("Separate households (1)");
    expect(filter(/^Standing adjustments/)).toHaveTextContent("Standing adjustments (1)");
    expect(filter(/^Open offer/)).toHaveTextContent("Open offer (1)");
    expect(filter(/^Review due/)).toHaveTextContent("Review due (2)");

    filter(/^Review due/).focus();
    await user.keyboard("{Enter}");
    expect(filter(/^Review due/)).toHaveAttribute("aria-pressed", "true");
    expect(names()).toEqual(["Beth Aziz", "Noor Aziz"]);
    expect(screen.getByRole("status")).toHaveTextContent("2 of 3 children");

    await user.keyboard("{Shift>}{Tab}{/Shift}");
    expect(filter(/^Open offer/)).toHaveFocus();
    await user.keyboard(" ");
    expect(names()).toEqual(["Noor Aziz"]);

    // The search narrows the counts as well as the list.
    await user.click(screen.getByRole("textbox", { name: "Search children by name" }));
    await user.keyboard("beth");
    expect(names()).toEqual([]);
    expect(screen.getByRole("status")).toHaveTextContent("0 of 3 children");
    expect(filter(/^Review due/)).toHaveTextContent("Review due (1)");
    expect(filter(/^Open offer/)).toHaveTextContent("Open offer (0)");

    await user.click(filter(/^Open offer/));
    expect(filter(/^Open offer/)).toHaveAttribute("aria-pressed", "false");
    expect(names()).toEqual(["Beth Aziz"]);
  });
});
