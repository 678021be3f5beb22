import { describe, expect, it } from "vitest";
import { documentText } from "../documents/document";
import type { TimelineEntry } from "../ports/records";
import { instant } from "../time/instant";
import { timelineDocument } from "./timelineDocument";
import { NO_FILTER } from "./timelineView";

const at = (day: number, hour = 9) => instant(Date.UTC(2026, 10, day, hour));
const entry = (id: string, day: number, changes: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id,
  childId: "GP1001",
  at: at(day),
  kind: "note",
  summary: `entry ${id}`,
  details: "",
  meetingRef: "",
  key: "",
  ...changes,
});

const entries = [
  entry("1", 2, {
    kind: "offer",
    meetingRef: "m7",
    summary: "3 times offered to Vicky Scott",
    author: "Aileen MacRae",
  }),
  entry("2", 4, {
    kind: "reply",
    meetingRef: "m7",
    summary: "Vicky Scott chose Tuesday",
    details: "Their message: <b>hi</b>",
  }),
  entry("3", 9, { kind: "summary", meetingRef: "m9", summary: "Follow-up summary sent" }),
];

describe("the timeline as a document", () => {
  it("reads forwards, a heading per meeting, every entry's kind, time, author and whole text as written", () => {
    const doc = timelineDocument({
      childName: "Aiden Scott",
      yearGroup: "P1",
      entries,
      filter: NO_FILTER,
      printedAt: at(20),
      zone: "Europe/London",
      locale: "en-GB",
    });
    expect(doc.title).toBe("Timeline: Aiden Scott");
    expect(documentText(doc)).toEqual([
      "Timeline: Aiden Scott",
      "P1. Every entry. Printed Fri, 20 Nov 2026, 9:00.",
      "Meeting, 2 entries",
      "Times offered, Mon, 2 Nov 2026, 9:00, by Aileen MacRae",
      "3 times offered to Vicky Scott",
      "Family replied, Wed, 4 Nov 2026, 9:00",
      "Vicky Scott chose Tuesday",
      "Their message: <b>hi</b>",
      "Meeting, 1 entry",
      "Follow-up summary, Mon, 9 Nov 2026, 9:00",
      "Follow-up summary sent",
    ]);
  });

  it("keeps to a date range and says so", () => {
    const doc = timelineDocument({
      childName: "Aiden Scott",
      yearGroup: "",
      entries,
      filter: { ...NO_FILTER, from: at(3, 0), to: at(5, 0) },
      printedAt: at(20),
      zone: "Europe/London",
      locale: "en-GB",
    });
    const text = documentText(doc);
    expect(text[1]).toBe(
      "Entries from Tuesday, 3 November 2026 to Wednesday, 4 November 2026. Printed Fri, 20 Nov 2026, 9:00.",
    );
    expect(text).toContain("Vicky Scott chose Tuesday");
    expect(text).not.toContain("Follow-up summary sent");
  });
});
