import type { Instant } from "../time/instant";

/** A summary draft as the records store keeps it (one per meeting). */
export interface SummaryDraftItem {
  readonly id: string;
  /** The version it was read at: saving over a stale one is a conflict, never an overwrite. */
  readonly version: string;
  readonly meetingRef: string;
  readonly data: string;
  /** Who saved it last and when, to tell a colleague whose save conflicted. */
  readonly savedBy: string;
  readonly savedAt: Instant;
}

export interface SummaryDraftWrite {
  /** Empty to create it. */
  readonly id: string;
  readonly meetingRef: string;
  readonly childId: string;
  readonly data: string;
  readonly savedBy: string;
  readonly savedAt: Instant;
}

/** Summary drafts in the school's records, so they can be carried on from another device. */
export interface SummaryDrafts {
  load(meetingRef: string): Promise<SummaryDraftItem | undefined>;
  /** Rejects with a `conflict` error when `version` is stale (someone else saved meanwhile). */
  save(write: SummaryDraftWrite, version: string | undefined): Promise<{ id: string; version: string }>;
}
