import type { DocumentBlock, DocumentModel } from "../documents/document";
import type { TimelineEntry } from "../ports/records";
import { formatLongDate, formatStamp } from "../time/format";
import { kindLook } from "./timelineKinds";
import { recordOrder, type TimelineFilter } from "./timelineView";

export interface TimelineExport {
  readonly childName: string;
  readonly yearGroup: string;
  readonly entries: readonly TimelineEntry[];
  /** The date range chosen (kinds and person are ignored: a record shows everything in its dates). */
  readonly filter: TimelineFilter;
  readonly printedAt: number;
  readonly zone: string;
  readonly locale: string;
}

/**
 * A child's timeline (or a date range of it) as a document for a review meeting or a records
 * request: oldest first, as a record is read, each meeting's entries under one heading, every entry
 * with what it is, when, who recorded it and its whole text. Words are kept as written.
 */
export function timelineDocument(x: TimelineExport): DocumentModel {
  const day = (at: number) => formatLongDate(at, x.zone, x.locale, true);
  const { from, to } = x.filter;
  const range =
    from !== undefined || to !== undefined
      ? `Entries from ${from !== undefined ? day(from) : "the start"} to ${to !== undefined ? day(to - 1) : "today"}.`
      : "Every entry.";
  const blocks: DocumentBlock[] = [
    {
      kind: "paragraph",
      text: `${x.yearGroup ? `${x.yearGroup}. ` : ""}${range} Printed ${formatStamp(x.printedAt, x.zone, x.locale)}.`,
    },
  ];
  const groups = recordOrder(x.entries, { ...x.filter, kinds: new Set(), person: "" });
  for (const group of groups) {
    if (group.meeting) {
      const n = group.entries.length;
      blocks.push({ kind: "heading", level: 2, text: `Meeting, ${n} ${n === 1 ? "entry" : "entries"}` });
    }
    for (const e of group.entries) {
      const who = e.author ? `, by ${e.author}` : "";
      blocks.push({
        kind: "heading",
        level: 3,
        text: `${kindLook(e.kind).label}, ${formatStamp(e.at, x.zone, x.locale)}${who}`,
      });
      blocks.push({ kind: "paragraph", text: e.summary });
      if (e.details && e.details !== e.summary) blocks.push({ kind: "paragraph", text: e.details });
    }
  }
  if (groups.length === 0) blocks.push({ kind: "paragraph", text: "Nothing recorded in these dates." });
  return { title: `Timeline: ${x.childName}`, lang: "en-GB", dir: "ltr", variant: "standard", blocks };
}
