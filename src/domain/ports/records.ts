import type { MeetingStatus } from "../meetings/meetingStatus";
import type { Instant } from "../time/instant";

/** What kind of step a timeline entry records. */
export type TimelineKind =
  | "request"
  | "offer"
  | "reply"
  | "booking"
  | "agenda"
  | "adjustment"
  | "summary"
  | "action"
  | "note"
  | "document";

export interface TimelineEntry {
  readonly id: string;
  readonly childId: string;
  readonly at: Instant;
  readonly kind: TimelineKind;
  /** One line, plain text, safe to show anywhere the child's record is shown. */
  readonly summary: string;
  readonly details: string;
  /** The meeting this step belongs to, if any. */
  readonly meetingRef: string;
  /** Names the step that wrote it (e.g. `m12:book:1:booked`), so a retried step finds its own entry; "" for notes. */
  readonly key: string;
  /** Who wrote it (the member of staff signed in when it was saved), as the records list knows them. */
  readonly author?: string;
}

export type NewTimelineEntry = Omit<TimelineEntry, "id" | "author">;

/** A page of a child's timeline, newest first; `more` reads the next (older) page. */
export interface TimelinePage {
  readonly entries: readonly TimelineEntry[];
  readonly more: (() => Promise<TimelinePage>) | undefined;
}

/** A meeting as the store keeps it: the meeting's data is ours to read, and may be anything. */
export interface MeetingItem {
  readonly id: string;
  /** The version it was read at; saving with a stale version is a conflict. */
  readonly version: string;
  readonly childId: string;
  /** The Status column, as stored: an index for queries. */
  readonly status: string;
  readonly data: string;
}

/** A meeting to save. `id` is empty to create one. */
export interface MeetingWrite {
  readonly id: string;
  readonly childId: string;
  readonly status: MeetingStatus;
  readonly updatedAt: Instant;
  readonly data: string;
}

/** The child's timeline and meeting records, kept in the school's own tenant. */
export interface Records {
  timeline(childId: string): Promise<readonly TimelineEntry[]>;
  addTimelineEntry(entry: NewTimelineEntry): Promise<TimelineEntry>;
  /** The keys of the entries already written for one meeting (to resume without writing twice). */
  timelineKeys(meetingRef: string): Promise<ReadonlySet<string>>;
  meeting(id: string): Promise<MeetingItem>;
  meetingsFor(childId: string): Promise<readonly MeetingItem[]>;
  /** Every meeting in any of these states, across children. */
  meetingsWithStatus(statuses: readonly MeetingStatus[]): Promise<readonly MeetingItem[]>;
  /** Creates the record when `id` is empty. Rejects with a `conflict` error if `version` is stale. */
  saveMeeting(record: MeetingWrite, version: string | undefined): Promise<{ id: string; version: string }>;
}
