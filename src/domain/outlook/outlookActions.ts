import type { OfferDraft } from "../meetings/flows/offerFlow";
import type { MeetingCarer, MeetingSlot, StoredMeeting } from "../meetings/meeting";
import type { AppointmentField, AppointmentItem, MailItemError, MailPerson } from "../ports/mail-item";
import type { Supporter } from "../replies/replyAnswer";
import type { Carer, Child } from "../school/people";
import type { FeedbackAnswer } from "../summaries/feedbackAnswer";
import type { Instant } from "../time/instant";

/** The email open in Outlook, as the pane knows it. */
export interface OpenEmail {
  readonly itemId: string;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from: MailPerson;
  readonly receivedAt: Instant;
}

/** What an email is, to the school. */
export type EmailSender =
  /** A family's reply to an offer: it carries the reference the offer gave that carer. */
  | {
      readonly kind: "reply";
      readonly stored: StoredMeeting;
      readonly carer: MeetingCarer;
      readonly childName: string;
    }
  /**
   * A household's answer to a summary (confirm, ask for a correction, "Did you feel listened
   * to?"), recognised by its `[cgf1:…]` token; read, not yet filed.
   */
  | {
      readonly kind: "summaryAnswer";
      readonly stored: StoredMeeting;
      readonly answer: FeedbackAnswer;
      readonly childName: string;
    }
  /** From a carer on record (one carer may care for several children). */
  | { readonly kind: "carer"; readonly children: readonly { child: Child; carer: Carer }[] }
  | { readonly kind: "unknown" };

export type FillOutcome =
  | {
      readonly ok: true;
      /** The meeting record the appointment is now linked to (the use case saves it). */
      readonly meeting?: StoredMeeting;
    }
  | {
      readonly ok: false;
      /**
       * What failed: saving the appointment to learn its calendar id, reading it first, writing a
       * field, the body coming back cut, saving the meeting record, or the tag.
       */
      readonly stage: "save" | "read" | "write" | "truncated" | "record" | "tag";
      readonly field: AppointmentField | "tag" | "id" | "record";
      readonly error: MailItemError | undefined;
      /** For `record`: why the meeting record could not be saved. */
      readonly cause?: unknown;
      /** Fields that could not be put back as they were (empty: the appointment is as it was). */
      readonly notRestored: readonly AppointmentField[];
    };

/** A time chosen in the pane, to be put in the open appointment. */
export interface AppointmentBooking {
  /** The child, family and staff, as for an offer (`slots` holds the one chosen time). */
  readonly draft: OfferDraft;
  readonly slot: MeetingSlot;
  /** Who the family said is coming with them, as staff heard it (invited only with consent to share papers). */
  readonly supporter?: Supporter;
}

/** The Outlook pane's use cases, built once in `src/app`. */
export interface OutlookActions {
  /** Reads who an email is from and, for a reply to an offer, which meeting it answers. */
  recognise(email: OpenEmail, bodyText: string): Promise<EmailSender>;
  /**
   * Adds the email to the child's timeline once: who sent it, when, its subject and a link to it
   * in Outlook, never its body. With `meetingId`, it is filed with that meeting.
   */
  fileEmail(childId: string, email: OpenEmail, meetingId?: string): Promise<"filed" | "alreadyFiled">;
  /** Saves an unknown sender to the family list as a carer of the child. */
  linkSender(
    childId: string,
    sender: MailPerson,
    details: { readonly relationship: string; readonly household: string },
  ): Promise<void>;
  /**
   * Fills the open appointment for the chosen time (all or nothing), saves the meeting record
   * (booked, on the appointment's calendar event; the one it is tagged with or made for that
   * event is updated, never a second) and tags the appointment with the child and the record;
   * then notes the booking on the child's timeline (once).
   */
  fillAppointment(item: AppointmentItem, booking: AppointmentBooking): Promise<FillOutcome>;
  /** The meeting record the appointment is tagged with, when it still exists. */
  linkedMeeting(meetingId: string): Promise<StoredMeeting | undefined>;
  /**
   * The summaries of the meetings of the children the message's recipients care for: each one
   * sent (the recipient's household's email, with their answer link) or drafted (the document
   * only: it is not on the record as sent), newest meeting first.
   */
  summariesFor(recipients: readonly MailPerson[]): Promise<readonly SummaryInsert[]>;
  /** Offers still waiting for an answer from anyone the message is addressed to. */
  offersFor(recipients: readonly MailPerson[]): Promise<readonly OfferInsert[]>;
}

/** An open offer to one of the people a message is addressed to, ready to insert. */
export interface OfferInsert {
  readonly meetingId: string;
  readonly carerName: string;
  readonly childName: string;
  readonly ref: string;
  /** The offered times on the carer's clock and their link to the parent page. */
  readonly html: string;
}

/** A summary for one household, ready to insert into a message being written. */
export interface SummaryInsert {
  readonly meetingId: string;
  readonly childName: string;
  readonly carerName: string;
  /** `sent`: version `version` went to the family; `draft`: saved, not sent yet. */
  readonly state: "sent" | "draft";
  readonly version: number;
  /** Accessible HTML: headings, lists and tables, in the household's language and print. */
  readonly html: string;
}
