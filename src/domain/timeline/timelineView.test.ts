import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "../ports/records";
import { instant } from "../time/instant";
import { foldedText, isFolded, NOTE_MAX_CHARS, noteEntryText, noteProblem } from "./notes";
import { kindLook, TIMELINE_KINDS } from "./timelineKinds";
import {
  authorsOf,
  groupByMeeting,
  matchesFilter,
  NO_FILTER,
  recordOrder,
  timelineRows,
} from "./timelineView";

const at = (day: number, hour = 9) => instant(Date.UTC(2026, 10, day, hour));

function entry(id: string, day: number, changes: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id,
    childId: "GP1001",
    at: at(day),
    kind: "note",
    summary: `entry ${id}`,
    details: "",
    meetingRef: "",
    key: "",
    ...changes,
  };
}

const story = [
  entry("1", 2, { kind: "offer", meetingRef: "m7", summary: "3 times offered to Heather Scott" }),
  entry("2", 4, { kind: "reply", meetingRef: "m7", summary: "Heather Scott chose Tue 1 Dec" }),
  entry("3", 5, { kind: "note", author: "Callum Reid", summary: "Spoke to Zoë's mum at pick-up" }),
  entry("4", 6, { kind: "booking", meetingRef: "m7", summary: "Meeting booked" }),
  entry("5", 9, { kind: "summary", meetingRef: "m9", author: "Aileen MacRae" }),
];

describe("the timeline's view", () => {
  it("groups by meeting, newest meeting first, with a lone note as its own group at its own time", () => {
    const groups = groupByMeeting(story);
    expect(groups.map((g) => [g.meetingRef, g.entries.map((e) => e.id)])).toEqual([
      ["m9", ["5"]],
      ["m7", ["4", "2", "1"]],
      ["", ["3"]],
    ]);
  });

  it("flattens into rows: a heading for each meeting with its first and last entries, then its entries", () => {
    const rows = timelineRows(story, NO_FILTER);
    expect(
      rows.map((r) => (r.type === "meeting" ? `meeting ${r.meetingRef} x${r.count}` : r.entry.id)),
    ).toEqual(["meeting m9 x1", "5", "meeting m7 x3", "4", "2", "1", "3"]);
    const m7 = rows[2];
    expect(m7?.type === "meeting" && [m7.first.id, m7.last.id]).toEqual(["1", "4"]);
  });

  it("filters by kind, by a date range (start inclusive, end exclusive) and by a person, accents folded", () => {
    const only = (f: Partial<typeof NO_FILTER>) =>
      story.filter((e) => matchesFilter(e, { ...NO_FILTER, ...f })).map((e) => e.id);
    expect(only({ kinds: new Set(["summary", "reply"]) })).toEqual(["2", "5"]);
    expect(only({ from: at(4, 0), to: at(6, 0) })).toEqual(["2", "3"]);
    expect(only({ person: "heather" })).toEqual(["1", "2"]);
    expect(only({ person: "ZOE" })).toEqual(["3"]);
    expect(only({ person: "aileen macrae" })).toEqual(["5"]);
    expect(only({ person: "  " })).toHaveLength(5);
  });

  it("lists each author once, in order", () => {
    expect(authorsOf([...story, entry("6", 10, { author: "Callum Reid" })])).toEqual([
      "Aileen MacRae",
      "Callum Reid",
    ]);
  });

  it("names every kind, and a kind it does not know by its own word", () => {
    expect(TIMELINE_KINDS.map((k) => kindLook(k).label)).toContain("Follow-up summary");
    expect(kindLook("summary").plural).toBe("Summaries");
    expect(kindLook("consent")).toEqual({ label: "Consent", plural: "Consent", icon: "note" });
    expect(kindLook("").label).toBe("Record");
  });
});

describe("notes", () => {
  it("refuses an empty note or one over the limit, and keeps the first line as the summary", () => {
    expect(noteProblem("   ")).toBe("empty");
    expect(noteProblem("x".repeat(NOTE_MAX_CHARS))).toBeUndefined();
    expect(noteProblem("x".repeat(NOTE_MAX_CHARS + 1))).toBe("tooLong");
    expect(noteEntryText("  Phoned home\nMum will come on Tuesday  ")).toEqual({
      summary: "Phoned home",
      details: "Phoned home\nMum will come on Tuesday",
    });
    expect(noteEntryText("y".repeat(300)).summary).toHaveLength(200);
  });

  it("folds long or many-line text behind Show more, cutting at a word", () => {
    expect(isFolded("short")).toBe(false);
    expect(isFolded("a\nb\nc\nd\ne")).toBe(true);
    expect(foldedText("a\nb\nc\nd\ne")).toBe("a\nb\nc\nd…");
    const long = `${"word ".repeat(80)}end`;
    const folded = foldedText(long);
    expect(folded.endsWith("word…")).toBe(true);
    expect(folded.length).toBeLessThanOrEqual(281);
  });
});

describe("the timeline as a record", () => {
  it("reads forwards: groups oldest first, each meeting's entries oldest first, within the filter", () => {
    const groups = recordOrder(story, NO_FILTER);
    expect(groups.map((g) => [g.meeting, g.entries.map((e) => e.id)])).toEqual([
      [false, ["3"]],
      [true, ["1", "2", "4"]],
      [true, ["5"]],
    ]);
    expect(recordOrder(story, { ...NO_FILTER, kinds: new Set(["summary"]) }).map((g) => g.key)).toEqual([
      "m:m9",
    ]);
  });
});
