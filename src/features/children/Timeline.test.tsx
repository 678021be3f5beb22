import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { meetingWorld } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import { NOTE_MAX_CHARS } from "../../domain/timeline/notes";
import { ServicesProvider } from "../services";
import { Timeline } from "./Timeline";
import { giveTimelineAHeight } from "./testing/timelineLayout";

/*
 * The child's timeline over the production Graph code and the demo tenant (msw): an offer to a
 * split family writes one entry per household.
 */

const world = meetingWorld();
beforeEach(world.reset);
afterEach(cleanup);
let takeHeightAway: () => void = () => undefined;
beforeAll(() => {
  takeHeightAway = giveTimelineAHeight();
});
afterAll(() => takeHeightAway());

async function shown() {
  const w = await world.setUp();
  await w.offers.send(w.draft);
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={staffServices(w)}>
        <Timeline childId={w.draft.childId} />
      </ServicesProvider>
    </FluentProvider>,
  );
  const list = await screen.findByRole("list", { name: "Timeline entries" });
  return { w, list };
}

describe("the child's timeline", () => {
  it("is one tab stop; arrows move between entries, which say their place; Enter opens one", {
    timeout: 30_000,
  }, async () => {
    const { list } = await shown();
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(
      items.map((i) => [i.getAttribute("aria-posinset"), i.getAttribute("aria-setsize"), i.tabIndex]),
    ).toEqual([
      ["1", "2", 0],
      ["2", "2", -1],
    ]);
    expect(list).toHaveTextContent("Meeting: 2 entries");
    expect(items[0]).toHaveTextContent(/times offered to/);
    const user = userEvent.setup();
    items[0]?.focus();
    await user.keyboard("{ArrowDown}");
    await new Promise((r) => requestAnimationFrame(r));
    expect(document.activeElement).toBe(within(list).getAllByRole("listitem")[1]);
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Times offered" });
    expect(dialog).toHaveTextContent(/Reference CG-/);
    expect(dialog).toHaveTextContent("Recorded by");
  });

  it("filters by kind with counts", { timeout: 30_000 }, async () => {
    await shown();
    expect(screen.getByRole("button", { name: "Offers (2)" })).toBeInTheDocument();
    expect(screen.getByText("2 entries, newest first.")).toBeInTheDocument();
  });

  it("keeps a note over the limit, says why, and will not save it", { timeout: 30_000 }, async () => {
    await shown();
    const box = screen.getByRole("textbox", { name: "Add a note" });
    const user = userEvent.setup();
    await user.click(box);
    await user.paste("x".repeat(NOTE_MAX_CHARS + 1));
    expect(screen.getByText(/This note is 4001 characters; a note can be up to 4000/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add note" })).toBeDisabled();
    expect(box).toHaveValue("x".repeat(NOTE_MAX_CHARS + 1));
  });

  it("shows a saved note with its author, from the records list", { timeout: 30_000 }, async () => {
    const { list } = await shown();
    const user = userEvent.setup();
    await user.click(screen.getByRole("textbox", { name: "Add a note" }));
    await user.paste("Phoned home\nMum will come on Tuesday");
    await user.click(screen.getByRole("button", { name: "Add note" }));
    expect(await within(list).findByText("Phoned home")).toBeInTheDocument();
    expect(list).toHaveTextContent("by Aileen MacRae");
    expect(screen.getByRole("textbox", { name: "Add a note" })).toHaveValue("");
  });
});
