import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";

/** Someone who will be at the meeting, as the family needs to know them. */
export interface OfferPerson {
  readonly name: string;
  /** Their role in plain words, e.g. "Class teacher", "Educational psychologist". */
  readonly role: string;
}

/**
 * What the parent response page shows, carried in the link's URL fragment so no server sees it.
 * Nothing sensitive: no child's name, no needs, no diagnosis — only times, the meeting's purpose in
 * neutral words, who is coming and how to contact the school.
 */
export interface OfferPayload {
  readonly v: 1;
  readonly ref: string;
  readonly school: { readonly name: string; readonly replyTo: string; readonly phone: string };
  /** Neutral, e.g. "a review of how things are going at school". */
  readonly purpose: string;
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
