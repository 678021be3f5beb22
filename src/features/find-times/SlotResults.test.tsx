import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SlotResults } from "./SlotResults";
import { aidenForm, searchOf, slot } from "./testing/fixtures";

// jsdom lays nothing out, so it has no scrolling.
const scrolled = vi.fn();
beforeAll(() => {
  Element.prototype.scrollIntoView = scrolled;
});
afterEach(cleanup);
afterAll(() => {
  Reflect.deleteProperty(Element.prototype, "scrollIntoView");
});

function show(search: ReturnType<typeof searchOf>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SlotResults
        search={search}
        schoolZone="Europe/London"
        locale="en-GB"
        chosen={[]}
        onToggle={() => {}}
      />
    </FluentProvider>,
  );
}

describe("the suggested times", () => {
  it("say once, above the list, that every time is longer for interpreting", () => {
    const form = aidenForm({ adjustments: ["interpreter"] });
    show(
      searchOf(form, {
        kind: "found",
        slots: [slot("2026-12-01T15:30:00Z", 90), slot("2026-12-03T09:00:00Z", 90)],
        candidateCount: 2,
      }),
    );
    expect(screen.getByText("Each time is 90 minutes: 30 more for interpreting.")).toBeInTheDocument();
    const items = within(screen.getByRole("list", { name: "Suggested times" })).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).not.toHaveTextContent(/90 minutes/);
  });

  it("say next to each time why it is longer, when the times are not all the same length", () => {
    const form = aidenForm({ adjustments: ["breaks"] });
    show(
      searchOf(form, {
        kind: "found",
        slots: [slot("2026-12-01T15:30:00Z", 75), slot("2026-12-03T09:00:00Z", 60)],
        candidateCount: 2,
      }),
    );
    const [first, second] = within(screen.getByRole("list", { name: "Suggested times" })).getAllByRole(
      "listitem",
    );
    expect(first).toHaveTextContent("75 minutes: 15 more for breaks");
    expect(second).toHaveTextContent("60 minutes");
    expect(second).not.toHaveTextContent("more for breaks");
    expect(screen.queryByText(/^Each time is/)).toBeNull();
  });

  it("say the meeting is in person with an online option when the family asked to join online", () => {
    show(
      searchOf(aidenForm({ adjustments: ["online"] }), {
        kind: "found",
        slots: [slot("2026-12-01T15:30:00Z", 60)],
        candidateCount: 1,
      }),
    );
    expect(
      screen.getByText(
        "How it will be held: In person, with an online option (the family asked to join online).",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("Each time is 60 minutes.")).toBeInTheDocument();
  });

  it("take focus when they arrive, so keyboard and screen-reader users land on them", () => {
    scrolled.mockClear();
    show(searchOf(aidenForm(), { kind: "none", blockers: [], explanation: "Aileen MacRae is away." }));
    const heading = screen.getByRole("heading", { level: 3, name: "No times to suggest" });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute("tabindex", "-1");
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("alert")).toHaveTextContent("Aileen MacRae is away.");
  });
});
