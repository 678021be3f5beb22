import type { ConfirmationText } from "../../offers/confirmationText";
import type { NoticeText } from "../../offers/noticeText";
import type { OfferEmailText } from "../../offers/offerEmailText";
import type { Calendar } from "../../ports/calendar";
import type { DocumentLibrary } from "../../ports/document-library";
import type { DocumentRenderer } from "../../ports/documents";
import type { FreeBusy } from "../../ports/free-busy";
import type { Mail } from "../../ports/mail";
import type { Records } from "../../ports/records";
import type { ScheduledMail } from "../../ports/scheduled-mail";
import type { Room } from "../../school/people";
import type { Clock } from "../../time/clock";

export interface SchoolContact {
  readonly name: string;
  readonly phone: string;
  readonly jurisdiction: "scotland" | "england";
}

/** The words of every email a family gets, in one language. */
export interface FamilyTexts {
  readonly offer: OfferEmailText;
  readonly confirmation: ConfirmationText;
  readonly notice: NoticeText;
}

/** What the meeting flows need from outside: ports, the clock, and who is acting for which school. */
export interface MeetingDeps {
  readonly records: Records;
  readonly calendar: Calendar;
  readonly mail: Mail;
  /** Mail Exchange holds until a time (the family's reminder the day before). */
  readonly scheduledMail: ScheduledMail;
  readonly freeBusy: FreeBusy;
  /** Draws agendas and summaries as .docx; the library files them in the child's record. */
  readonly documents: DocumentRenderer;
  readonly library: DocumentLibrary;
  readonly clock: Clock;
  readonly random: () => number;
  /** Where `parent.html` is served, e.g. `https://commonground.school.org/parent.html`. */
  readonly parentPageUrl: string;
  readonly school: SchoolContact;
  /** The member of staff acting: replies come back to them. */
  readonly sender: { readonly name: string; readonly email: string };
  readonly texts: (lang: string) => FamilyTexts;
  /** The school's zone, for the timeline's wording. */
  readonly schoolZone: string;
  /**
   * The school's rooms and their features, to move a booking into a room with what the family
   * asked for (a hearing loop, say). Without it the offered room is kept.
   */
  readonly rooms?: () => Promise<readonly Room[]>;
  /** Waits before asking again whether the room accepted (rooms answer a moment later). */
  readonly pause: (ms: number) => Promise<void>;
}
