import type { MeetingTypeId } from "../meetings/meetingTypeIds";
import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";

/** Someone who will be at the meeting, as the family needs to know them. */
export interface OfferPerson {
  readonly name: string;
  /** Their role in plain words, e.g. "Class teacher", "Educational psychologist". */
  readonly role: string;
}

/**
 * What the parent response page needs, carried in the link's URL fragment so no server sees it.
 *
 * Anyone can make a link (its checksum has no key), so it carries nothing the page would present
 * as the school's own words: no school name or phone number (the page takes those from the
 * deployment's settings), no purpose in staff's words and no note (the page shows the catalogue's
 * purpose for `type`; staff's words travel in the email, which comes from the school's mailbox).
 * Nothing sensitive either: no child's name, no needs, no diagnosis.
 */
export interface OfferPayload {
  readonly v: 2;
  readonly ref: string;
  /** The kind of meeting, from the fixed catalogue (`MEETING_TYPES`). */
  readonly type: MeetingTypeId;
  /** Where the answer goes: the sender's address, accepted by the page only within the school's domains. */
  readonly replyTo: string;
  readonly people: readonly OfferPerson[];
  readonly format: "inPerson" | "online" | "hybrid";
  /** The carer's preferred language (BCP 47) and time zone. */
  readonly lang: string;
  readonly zone: IanaZone;
  readonly slots: readonly { readonly start: Instant; readonly end: Instant }[];
  readonly expires: Instant;
  /** Where to get independent advice: Scotland (Enquire) or England (local SENDIASS). */
  readonly jurisdiction: "scotland" | "england";
}
