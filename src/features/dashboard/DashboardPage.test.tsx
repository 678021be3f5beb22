import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_NOW } from "../../../tests/support/demoTenantServer";
import { meetingWorld, SPLIT_FAMILY } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import { bookedMeeting } from "../../domain/meetings/testing/meetingFixture";
import { emptySections } from "../../domain/summaries/summary";
import { DAY_MS, instant } from "../../domain/time/instant";
import { ServicesProvider } from "../services";
import { DashboardPage } from "./DashboardPage";

/*
 * The dashboard page over the production Graph code and the demo tenant (msw), as staff see it.
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);
afterEach(cleanup);

async function shown() {
  const w = await world.setUp(SPLIT_FAMILY);
  return { w, show: () => renderPage(w) };
}

function renderPage(w: Parameters<typeof staffServices>[0]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={staffServices(w)}>
        <DashboardPage scope={{ kind: "caseload" }} />
      </ServicesProvider>
    </FluentProvider>,
  );
}

describe("the dashboard page", () => {
  it("links each overdue action to its meeting's summary, under its owner", { timeout: 30_000 }, async () => {
    const { w, show } = await shown();
    const start = TEST_NOW - 30 * DAY_MS;
    const stored = await w.store.create(
      bookedMeeting(instant(start), {
        childId: w.draft.childId,
        status: "summarised",
        summary: {
          current: {
            version: 1,
            sentAt: instant(start + DAY_MS),
            draft: {
              meetingId: "",
              childId: w.draft.childId,
              people: [],
              sections: emptySections(),
              actions: [
                {
                  id: "a1",
                  what: "Ask the speech and language therapist for a visit",
                  owner: { name: "Callum Reid", email: "", carerId: "" },
                  due: "2026-11-16",
                },
              ],
              next: { kind: "toArrange" },
              subject: "Meeting summary",
              changes: "",
            },
          },
          earlier: [],
          done: [],
        },
      }),
    );
    show();
    const section = await screen.findByRole("region", { name: /Overdue actions \(1\)/ });
    const list = within(section).getByRole("list", { name: "Overdue actions for Callum Reid" });
    const link = within(list).getByRole("link", {
      name: "Ask the speech and language therapist for a visit",
    });
    expect(link).toHaveAttribute("href", `#/meetings/${stored.id}/summary`);
    expect(list).toHaveTextContent("due Mon 16 Nov");
    expect(within(section).getByRole("link", { name: "My actions" })).toHaveAttribute("href", "#/actions");
  });

  it("tells someone without access to the records lists so in plain words, not as an error", {
    timeout: 30_000,
  }, async () => {
    const { show } = await shown();
    // SharePoint answers 403 to an account that is not a member of the pastoral team's site.
    ctx.tenant.injectFault({ kind: "forbidden", method: "GET", path: /\/lists\//, times: 50 });
    show();
    expect(
      await screen.findByText(/You do not have access to the pastoral team's records\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    expect(screen.queryByRole("region", { name: /Overdue actions/ })).toBeNull();
  });
});
