import type { FollowUpOutcome } from "../adjustments/followUp";
import type { ConsentWay } from "../adjustments/standing";
import type { ChildName, PrivacyFinding } from "../privacy/privacyGuard";
import type { ReplyInterpretation } from "../replies/interpretReply";
import type { AdjustmentCode, ReplyAnswer } from "../replies/replyAnswer";
import type { ReplySender } from "../replies/replySender";
import type { Carer } from "../school/people";
import type { Instant } from "../time/instant";
import type { SchoolContact } from "./flows/flowDeps";
import type { OfferDraft } from "./flows/offerFlow";
import type { Meeting, MeetingCarer, StoredMeeting } from "./meeting";

/** What needs staff's eye on a meeting in the list. */
export type Attention =
  /** A change was interrupted part-way: finishing it does nothing twice. */
  | { readonly kind: "interrupted"; readonly flow: NonNullable<Meeting["work"]>["flow"] }
  /** No household has answered for this many days. */
  | { readonly kind: "chaseDue"; readonly days: number }
  /** Booked, but some households are not on the invitation yet. */
  | { readonly kind: "householdsOutstanding"; readonly carers: readonly string[] };

export type MeetingListItem =
  | {
      readonly kind: "meeting";
      readonly id: string;
      readonly childName: string;
      readonly stored: StoredMeeting;
      readonly attention: readonly Attention[];
    }
  | {
      readonly kind: "unreadable";
      readonly id: string;
      readonly childId: string;
      readonly childName: string;
      readonly problem: string;
    };

/** One message carrying a carer's reference, read for staff. */
export interface ReplyMessage {
  /** The message's id in the mailbox. */
  readonly id: string;
  /** Who it came from, as received (plain text: shown, never trusted). */
  readonly from: { readonly name: string; readonly email: string };
  readonly subject: string;
  /** Only `carer` (an address on record for them) makes it the carer's own answer. */
  readonly sender: ReplySender;
  /** `notUnderstood`/`unreadable` when reading it did not finish in time. */
  readonly reading: ReplyInterpretation;
  /** The words written this time, without our machine token; plain text. */
  readonly text: string;
  readonly receivedAt: Instant;
}

/**
 * One carer's reply to the current offer, read for staff to confirm: the message that answers
 * (the carer's newest answer from their own address when there is one), and the rest of the
 * conversation, so nothing that arrived is hidden.
 */
export interface CarerReply extends ReplyMessage {
  readonly carer: MeetingCarer;
  /** Every other message carrying the carer's reference, newest first. */
  readonly others: readonly ReplyMessage[];
}

/** A household's answer as staff confirm it for booking. */
export interface ChosenAnswer {
  readonly carerId: string;
  readonly answer: ReplyAnswer;
}

/** Meetings after the offer: built once in `src/app`, used by the screens through the services. */
export interface MeetingActions {
  /** Every meeting still open (and any that cannot be read), newest first. */
  open(): Promise<readonly MeetingListItem[]>;
  forChild(childId: string): Promise<readonly MeetingListItem[]>;
  get(id: string): Promise<StoredMeeting>;
  /** Each carer's reply to the current offer, with the rest of their conversation. */
  replies(id: string): Promise<readonly CarerReply[]>;
  /** Books the chosen time with every household that accepted it. Throws a MeetingError when it cannot. */
  book(
    id: string,
    choice: { slot: number; carerId: string },
    answers: readonly ChosenAnswer[],
  ): Promise<StoredMeeting>;
  /** A household answering after booking joins the booked meeting. */
  join(id: string, answer: ChosenAnswer): Promise<StoredMeeting>;
  cancel(id: string, reason: string): Promise<StoredMeeting>;
  withdraw(id: string, reason: string): Promise<StoredMeeting>;
  chase(id: string): Promise<StoredMeeting>;
  /**
   * Marks an adjustment the family asked for arranged, or not possible with a reason the family is
   * sent in their language; the change is on the timeline.
   */
  adjust(id: string, adjustmentId: string, outcome: FollowUpOutcome): Promise<StoredMeeting>;
  /**
   * Saves an adjustment asked for on this meeting as a standing adjustment of the carer who asked,
   * recording the family's consent (who gave it and how; when and who recorded it are added). Next
   * time Find times ticks it. The timeline records it.
   */
  rememberAdjustment(
    id: string,
    adjustmentId: string,
    consent: { readonly givenBy: string; readonly how: ConsentWay },
  ): Promise<void>;
  /** Removes a carer's standing adjustment when the family asks; the timeline records it. */
  forgetStandingAdjustment(childId: string, carerId: string, kind: AdjustmentCode): Promise<void>;
  /** Finishes whatever change was interrupted. */
  resume(id: string): Promise<StoredMeeting>;
  /** The nearest times everyone is still free, near a time that has gone. */
  alternatives(
    id: string,
    slot: number,
  ): Promise<readonly { start: Instant; end: Instant; roomName: string | undefined }[]>;
  /**
   * Expires old offers, marks past meetings held, and reminds organisers of adjustments still open
   * a few school days before; a record changed meanwhile is skipped.
   */
  housekeeping(): Promise<{ readonly changed: number; readonly skipped: number }>;
}

/** Everything the offer screen needs about the family and the sender before sending. */
export interface OfferContext {
  readonly carers: readonly Carer[];
  readonly sender: { readonly name: string; readonly email: string };
  readonly school: SchoolContact | undefined;
  /** The child's name, to keep out of everything that leaves the school. */
  readonly childName: ChildName;
  readonly keepApart: boolean;
}

export interface OfferPreview {
  readonly emails: readonly {
    readonly carer: MeetingCarer;
    readonly subject: string;
    readonly html: string;
    /** The same email in English, for staff to check beside it; absent when the family reads English. */
    readonly english?: { readonly subject: string; readonly html: string } | undefined;
  }[];
  /** Carers whose link cannot be made, with why (a phone number with words in it, a strange language tag). */
  readonly unlinkable: readonly string[];
  /** What the outgoing texts would tell a reader about the child (privacy guard). */
  readonly privacy: readonly PrivacyFinding[];
}

export interface OfferActions {
  context(childId: string): Promise<OfferContext>;
  preview(draft: OfferDraft, context: OfferContext, rescheduleOf?: StoredMeeting): OfferPreview;
  /** Sends (or, for a booked meeting, offers new times for it); a retry resumes the same offer. */
  send(draft: OfferDraft, rescheduleOf?: string): Promise<StoredMeeting>;
}
