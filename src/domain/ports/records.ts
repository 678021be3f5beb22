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
  | "note";

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
}

export type NewTimelineEntry = Omit<TimelineEntry, "id">;

/** A stored value with the version it was read at; saving with a stale version is a conflict. */
export interface Versioned<T> {
  readonly value: T;
  readonly version: string;
}

/** A meeting's record: the meeting features own `data` (JSON); the store keeps it safe. */
export interface MeetingRecord {
  readonly id: string;
  readonly childId: string;
  readonly status: string;
  readonly updatedAt: Instant;
  readonly data: string;
}

/** The child's timeline and meeting records, kept in the school's own tenant. */
export interface Records {
  timeline(childId: string): Promise<readonly TimelineEntry[]>;
  addTimelineEntry(entry: NewTimelineEntry): Promise<TimelineEntry>;
  meeting(id: string): Promise<Versioned<MeetingRecord>>;
  meetingsFor(childId: string): Promise<readonly Versioned<MeetingRecord>[]>;
  /** Every meeting in one state (e.g. all offers awaiting a reply), across children. */
  meetingsWithStatus(status: string): Promise<readonly Versioned<MeetingRecord>[]>;
  /** Creates the record when `id` is empty. Rejects with a `conflict` error if `version` is stale. */
  saveMeeting(record: MeetingRecord, version: string | undefined): Promise<Versioned<MeetingRecord>>;
}
