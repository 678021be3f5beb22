import type { MeetingTypeId } from "../../domain/meetings/meetingTypeIds";
import type { OfferPayload } from "../../domain/offers/offerPayload";
import type { AdjustmentCode, SpeakingOrder } from "../../domain/replies/replyAnswer";
import type { ReplyLabels } from "../../domain/replies/replyLabels";

/**
 * Every word the parent page shows, in the shape its views use. Built from one language's ICU
 * messages (the `page` section of `src/domain/i18n/languages/<tag>.ts`) by `stringsFrom`. Sentences are short and plain: many readers use a second language.
 * Names that a carer may search for (Enquire, SENDIASS) stay as they are.
 */
export interface Strings {
  /** The browser tab's title. */
  title: (school: string) => string;
  heading: string;
  greeting: (school: string) => string;
  whyHeading: string;
  /** Why we are meeting, for this kind of meeting: the catalogue's sentence, never the link's words. */
  purpose: (type: MeetingTypeId) => string;
  whoHeading: string;
  formatHeading: string;
  formats: Record<OfferPayload["format"], string>;

  rightsHeading: string;
  rightViews: string;
  rightSupporter: string;
  rightAdjustments: string;
  adviceHeading: string;
  adviceScotland: string;
  adviceEngland: string;
  phone: string;
  website: string;
  email: string;

  timesLegend: string;
  /** Shown only when the carer's device is on another clock than the offer. */
  timesZone: (zone: string) => string;
  slotPassed: string;
  noneWork: string;
  availabilityLabel: string;
  availabilityHint: string;

  adjustmentsLegend: string;
  adjustmentsHint: string;
  adjustments: Record<AdjustmentCode, string>;
  interpreterLanguage: string;
  otherNeeds: string;

  supporterLegend: string;
  supporterHint: string;
  supporterName: string;
  supporterRelationship: string;
  supporterRelationshipHint: string;
  supporterEmail: string;
  supporterEmailHint: string;
  sharePapers: string;

  speakingLegend: string;
  speakingHint: string;
  speaking: Record<SpeakingOrder, string>;

  message: string;
  optional: string;
  send: string;

  errorSummary: string;
  errChooseTime: string;
  errAvailability: string;
  errInterpreterLanguage: string;
  errSupporterName: string;
  errSupporterEmail: string;

  sentHeading: string;
  sentEmail: string;
  youChose: (time: string) => string;
  youChoseNone: string;
  nextHeading: string;
  nextChosen: string;
  nextNone: string;
  noEmailApp: (email: string) => string;
  openEmailAgain: string;
  copy: string;
  copied: string;
  copyFailed: string;
  answerText: string;
  shortened: string;
  changeAnswer: string;

  questions: (school: string) => string;
  reference: (ref: string) => string;

  expiredHeading: string;
  expiredBody: string;
  brokenHeading: string;
  brokenBody: string;
  emailSchool: string;
  /** Labels the language switcher. */
  languageLabel: string;

  /** The readable lines of the emailed answer, so carers can check what they send. */
  reply: ReplyLabels;
}

/**
 * Wraps a name, address or time set inside right-to-left text in Unicode isolates, so Latin
 * text and its trailing punctuation keep their order instead of jumping to the wrong end.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
