import type { TimelineEntry, TimelineKind } from "../ports/records";
import type { Instant } from "../time/instant";

/** What staff narrowed the timeline to. Empty kinds means every kind. */
export interface TimelineFilter {
  readonly kinds: ReadonlySet<TimelineKind>;
  /** Inclusive start and exclusive end, as instants (the UI turns school-zone dates into these). */
  readonly from: Instant | undefined;
  readonly to: Instant | undefined;
  /** A name (or part of one): the entry's author or anyone the entry names. Blank: everyone. */
  readonly person: string;
}

export const NO_FILTER: TimelineFilter = { kinds: new Set(), from: undefined, to: undefined, person: "" };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en-GB");

export function matchesFilter(entry: TimelineEntry, filter: TimelineFilter): boolean {
  if (filter.kinds.size > 0 && !filter.kinds.has(entry.kind)) return false;
  if (filter.from !== undefined && entry.at < filter.from) return false;
  if (filter.to !== undefined && entry.at >= filter.to) return false;
  const person = fold(filter.person.trim());
  if (person) {
    const haystack = fold(`${entry.author ?? ""}\n${entry.summary}\n${entry.details}`);
    if (!haystack.includes(person)) return false;
  }
  return true;
}

/** Newest first; entries at the same moment keep the order they were written in, newest first too. */
export function newestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => b.at - a.at || Number(b.id) - Number(a.id) || b.id.localeCompare(a.id));
}

/** One meeting's entries (or the entries about no meeting), newest first. */
export interface TimelineGroup {
  /** The meeting's record id; "" for notes and documents that belong to no meeting. */
  readonly meetingRef: string;
  readonly entries: readonly TimelineEntry[];
  /** The newest entry's time: groups are ordered by it. */
  readonly latest: Instant;
}

/**
 * The timeline grouped by meeting, newest meeting first (by its latest entry). Entries that belong
 * to no meeting are not lumped together: each stands as its own group at its own time, so a note
 * written between two meetings is read between them.
 */
export function groupByMeeting(entries: readonly TimelineEntry[]): TimelineGroup[] {
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of newestFirst(entries)) {
    const key = entry.meetingRef ? `m:${entry.meetingRef}` : `e:${entry.id}`;
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as TimelineEntry;
    return { meetingRef: first.meetingRef, entries: list, latest: first.at };
  });
}

/** A row of the flattened list the screen draws: a meeting's heading, then its entries. */
export type TimelineRow =
  | {
      readonly type: "meeting";
      readonly meetingRef: string;
      readonly count: number;
      /** The group's earliest and latest entries, for its heading. */
      readonly first: TimelineEntry;
      readonly last: TimelineEntry;
    }
  | { readonly type: "entry"; readonly entry: TimelineEntry; readonly inMeeting: boolean };

/** The filtered timeline as rows: each meeting's heading above its entries; lone entries alone. */
export function timelineRows(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const group of groupByMeeting(entries.filter((e) => matchesFilter(e, filter)))) {
    const inMeeting = group.meetingRef !== "";
    if (inMeeting) {
      const last = group.entries[0] as TimelineEntry;
      const first = group.entries[group.entries.length - 1] as TimelineEntry;
      rows.push({ type: "meeting", meetingRef: group.meetingRef, count: group.entries.length, first, last });
    }
    for (const entry of group.entries) rows.push({ type: "entry", entry, inMeeting });
  }
  return rows;
}

/** Everyone the filter can pick: the entries' authors, each once, in alphabetical order. */
export function authorsOf(entries: readonly TimelineEntry[]): string[] {
  const names = new Set<string>();
  for (const e of entries) if (e.author) names.add(e.author);
  return [...names].sort((a, b) => a.localeCompare(b, "en-GB"));
}

/** A group as a printed record reads it: a meeting's entries together, or one lone entry. */
export interface RecordGroup {
  readonly key: string;
  /** True for a meeting's entries; false for an entry that belongs to no meeting. */
  readonly meeting: boolean;
  readonly entries: readonly TimelineEntry[];
}

/**
 * The filtered timeline as a record reads forwards: groups oldest first, each group's entries
 * oldest first (the screen shows the same groups newest first).
 */
export function recordOrder(entries: readonly TimelineEntry[], filter: TimelineFilter): RecordGroup[] {
  return groupByMeeting(entries.filter((e) => matchesFilter(e, filter)))
    .reverse()
    .map((g) => ({
      key: g.meetingRef ? `m:${g.meetingRef}` : `e:${g.entries[0]?.id ?? ""}`,
      meeting: g.meetingRef !== "",
      entries: [...g.entries].reverse(),
    }));
}
