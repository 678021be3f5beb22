import type { AdjustmentFollowUp } from "../adjustments/followUp";
import type { MeetingAgenda } from "../agendas/agenda";
import type { AdjustmentCode, ReplyAnswer } from "../replies/replyAnswer";
import type { MeetingSummary } from "../summaries/summary";
import type { Instant } from "../time/instant";
import type { MeetingStatus } from "./meetingStatus";

export type MeetingFormat = "inPerson" | "online" | "hybrid";

/** A carer as the offer addressed them: each household gets its own email and reference. */
export interface MeetingCarer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly lang: string;
  readonly zone: string;
  readonly household: string;
  /** The reference in this carer's email and link for the current offer, e.g. `CG-7K3M-Q9XD`. */
  readonly ref: string;
}

export interface MeetingInvitee {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly required: boolean;
}

export interface MeetingSlot {
  readonly start: Instant;
  readonly end: Instant;
  readonly roomEmail: string | undefined;
  readonly roomName: string | undefined;
}

/** The times on offer now. A reschedule makes a new round, with new references. */
export interface MeetingOffer {
  readonly round: number;
  readonly slots: readonly MeetingSlot[];
  /** Whether to hold the offered times in the organiser's calendar. */
  readonly wantHolds: boolean;
  /** Tentative private holds on the organiser's calendar, by slot index. */
  readonly holds: readonly { readonly slot: number; readonly eventId: string }[];
  readonly sentAt: Instant;
  readonly expires: Instant;
  /** The length staff asked for, before any time added for adjustments. */
  readonly baseMinutes: number;
  /** Adjustments the offered times already allow for (their extra time is in the slots). */
  readonly allowedFor: readonly AdjustmentCode[];
}

/** One household's answer, as staff confirmed it. */
export interface HouseholdReply {
  readonly carerId: string;
  readonly round: number;
  readonly answer: ReplyAnswer;
  readonly receivedAt: Instant;
}

/** The booked meeting: the event, who is on it and whether it is online. */
export interface MeetingBooking {
  readonly slot: MeetingSlot;
  readonly eventId: string | undefined;
  readonly joinUrl: string | undefined;
  /** Households invited to the event (their carers are attendees). */
  readonly households: readonly string[];
  readonly online: boolean;
}

export type FlowName =
  | "offer"
  | "book"
  | "join"
  | "reschedule"
  | "cancel"
  | "withdraw"
  | "chase"
  | "expire"
  | "adjust"
  | "remindAdjustments"
  | "agenda"
  | "summarise";

/** A flow under way: saved first, so an interrupted one is shown and resumed, never started twice. */
export interface MeetingWork {
  readonly flow: FlowName;
  readonly attempt: number;
  readonly startedAt: Instant;
  /** What the flow was asked to do (a slot, a household, a reason). */
  readonly slot: number | undefined;
  readonly carerId: string | undefined;
  readonly reason: string;
  /** A household that had asked for this time when the booking began, by carer id. */
  readonly households: readonly string[];
  /** Minutes added to the chosen time for what the households asked in their replies. */
  readonly extendBy: number;
}

/** Everything the meeting record keeps, from the offer to the summary. */
export interface Meeting {
  readonly v: 2;
  readonly status: MeetingStatus;
  readonly childId: string;
  readonly typeId: string;
  readonly purpose: string;
  /** A personal note from the member of staff, added to every carer's email as written. */
  readonly note: string;
  readonly format: MeetingFormat;
  /** Households are invited separately and never see each other's details. */
  readonly keepApart: boolean;
  /** The organiser's mailbox: the event and any holds are on their calendar. */
  readonly organizer: string;
  readonly invitees: readonly MeetingInvitee[];
  readonly carers: readonly MeetingCarer[];
  readonly createdAt: Instant;
  readonly offer: MeetingOffer | undefined;
  readonly replies: readonly HouseholdReply[];
  readonly booking: MeetingBooking | undefined;
  /** A booking being moved: released only once the new time is booked. */
  readonly replacing: MeetingBooking | undefined;
  /** Why it was cancelled or withdrawn, in staff's words. */
  readonly endReason: string;
  readonly chases: readonly Instant[];
  /** Keys of side effects already done (an email, a timeline entry), so a retry skips them. */
  readonly done: readonly string[];
  readonly work: MeetingWork | undefined;
  /**
   * Each adjustment the booked households asked for, followed until arranged or not possible.
   * Absent on records written before adjustments were followed (read as none).
   */
  readonly adjustments?: readonly AdjustmentFollowUp[] | undefined;
  /** The agenda: its items, each version sent, and the reminders waiting to go. */
  readonly agenda?: MeetingAgenda;
  /** The follow-up summary once one is being sent or has been (absent before). */
  readonly summary?: MeetingSummary;
}

/** A meeting as stored: its list item id and the version it was read at. */
export interface StoredMeeting {
  readonly id: string;
  readonly version: string;
  readonly meeting: Meeting;
}
