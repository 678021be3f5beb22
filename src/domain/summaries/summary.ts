import type { Instant } from "../time/instant";
import type { Listened, NotesAnswer } from "./feedbackAnswer";

/** Whether someone invited came to the meeting. */
export type Attendance = "present" | "apologies";

export interface SummaryPerson {
  readonly name: string;
  /** Their role in plain words ("Class teacher", "Mother"). */
  readonly role: string;
  /** Empty for someone the school has no address for. */
  readonly email: string;
  readonly attendance: Attendance;
}

/**
 * Who does an action. Anyone may own one, including someone who was not at the meeting; a family
 * member's actions are worded for them in their own email.
 */
export interface ActionOwner {
  readonly name: string;
  /** Their address, when the school has one: "My actions" finds a member of staff's by it. */
  readonly email: string;
  /** The carer's id when the family owns it. */
  readonly carerId: string;
}

export interface SummaryAction {
  /** Stable within the summary: timeline entries and "mark done" refer to it. */
  readonly id: string;
  readonly what: string;
  readonly owner: ActionOwner;
  /** The day it is due, `YYYY-MM-DD`; empty until chosen. */
  readonly due: string;
}

/** The next meeting: a date, or "to arrange". */
export type NextMeeting = { readonly kind: "date"; readonly date: string } | { readonly kind: "toArrange" };

/** The sections staff write, each as they typed it. */
export const SECTION_KEYS = [
  "strengths",
  "familyViews",
  "childViews",
  "childViewsHow",
  "discussed",
  "agreed",
  "notAgreed",
  "contacts",
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export type Sections = { readonly [K in SectionKey]: string };

/** What staff write after a meeting: kept as a draft until sent, then as a numbered version. */
export interface SummaryDraft {
  readonly meetingId: string;
  readonly childId: string;
  readonly people: readonly SummaryPerson[];
  readonly sections: Sections;
  readonly actions: readonly SummaryAction[];
  readonly next: NextMeeting;
  /** The email's subject line (checked for the child's name and needs words before sending). */
  readonly subject: string;
  /** For a correction: what changed since the version sent before. */
  readonly changes: string;
}

/** A summary as sent: the draft, its version number and when it went. */
export interface SentSummary {
  readonly version: number;
  readonly draft: SummaryDraft;
  readonly sentAt: Instant;
}

/** What the meeting record keeps of its summary (an optional addition to the record). */
export interface MeetingSummary {
  /** The version being sent now, or the last one sent. */
  readonly current: SentSummary;
  /** Earlier versions' numbers and when they went, oldest first. */
  readonly earlier: readonly { readonly version: number; readonly sentAt: Instant }[];
  /** Actions marked done: by action id, who and when. */
  readonly done: readonly { readonly actionId: string; readonly by: string; readonly at: Instant }[];
  /** The families' answers (from the parent page), each filed once by its message's id. */
  readonly answers?: readonly FiledAnswer[];
}

/** A household's answer to a summary, as filed. */
export interface FiledAnswer {
  readonly messageId: string;
  readonly household: string;
  readonly version: number;
  readonly listened?: Listened;
  readonly notes?: NotesAnswer;
  readonly comment: string;
  readonly at: Instant;
}

export const emptySections = (): Sections => ({
  strengths: "",
  familyViews: "",
  childViews: "",
  childViewsHow: "",
  discussed: "",
  agreed: "",
  notAgreed: "",
  contacts: "",
});

/** Each section's heading is its key under `h_`, in the summary words and the easy-read words alike. */
export const headingKey = <K extends SectionKey>(key: K): `h_${K}` => `h_${key}`;
