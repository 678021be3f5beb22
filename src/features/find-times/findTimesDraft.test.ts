import { describe, expect, it } from "vitest";
import { instant } from "../../domain/time/instant";
import { blankForm, findTimesDraft, readFindTimesDraft } from "./findTimesDraft";
import { type FindTimesForm, findTimesDraftKey } from "./findTimesForm";

const NOW = instant(Date.UTC(2026, 10, 23, 9, 0));

const aiden: FindTimesForm = {
  ...blankForm("GP1001", NOW, "Europe/London"),
  picks: ["afterSchool", "mornings"],
  days: [2, 4],
  dates: ["2026-12-09"],
  adjustments: ["interpreter", "online"],
  staff: { "aileen.macrae@glenmore.example.org": "required" },
};

/** What storage hands back: JSON, as localStorage keeps it. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("find-times draft keys", () => {
  it("gives each child a key of their own, and the form with no child another", () => {
    expect(findTimesDraftKey("GP1001")).toBe("find-times/child/GP1001");
    expect(findTimesDraftKey("GP1002")).not.toBe(findTimesDraftKey("GP1001"));
    expect(findTimesDraftKey(undefined)).toBe("find-times/no-child");
    expect(findTimesDraftKey("")).toBe("find-times/no-child");
    // A child id cannot reach outside its own key.
    expect(findTimesDraftKey("no-child")).not.toBe(findTimesDraftKey(undefined));
    expect(findTimesDraftKey("a/b")).toBe("find-times/child/a%2Fb");
  });
});

describe("reading a find-times draft", () => {
  it("reads back what was saved", () => {
    expect(readFindTimesDraft(stored(findTimesDraft(aiden)), "GP1001")).toEqual(aiden);
    const empty = { ...blankForm("", NOW, "Europe/London"), minutes: null, partySize: null, from: "" };
    expect(readFindTimesDraft(stored(findTimesDraft(empty)), "")).toEqual(empty);
  });

  it("ignores a draft saved for another child", () => {
    expect(readFindTimesDraft(stored(findTimesDraft(aiden)), "GP1002")).toBeUndefined();
    expect(readFindTimesDraft(stored(findTimesDraft(aiden)), "")).toBeUndefined();
  });

  it("ignores anything unreadable instead of using part of it", () => {
    const broken = (change: Record<string, unknown>) => stored({ ...findTimesDraft(aiden), ...change });
    for (const bad of [
      undefined,
      null,
      "find-times",
      [],
      stored(aiden), // the shared draft from before: no version
      broken({ v: 2 }),
      broken({ typeId: "parentsEvening" }),
      broken({ staff: { "a@b": "maybe" } }),
      broken({ minutes: "60" }),
      broken({ picks: ["afternoons"] }),
      broken({ days: [0] }),
      broken({ dates: ["2026-02-31"] }),
      broken({ avoidDates: ["next Tuesday"] }),
      broken({ adjustments: ["tea"] }),
      broken({ format: "phone" }),
      broken({ partySize: undefined }),
    ]) {
      expect(readFindTimesDraft(bad, "GP1001"), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe("a fresh find-times form", () => {
  it("searches six weeks from tomorrow at the school, whatever zone the computer is in", () => {
    // 23:30 in London on Saturday 24 October is already Sunday in Kathmandu, where the tests run.
    const form = blankForm("GP1001", instant(Date.UTC(2026, 9, 24, 22, 30)), "Europe/London");
    expect(form.from).toBe("2026-10-25");
    expect(form.to).toBe("2026-12-06");
    expect(form.childId).toBe("GP1001");
    expect(form.picks).toEqual([]);
    expect(form.minutes).toBe(60);
  });
});
