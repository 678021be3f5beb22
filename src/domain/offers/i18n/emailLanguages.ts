import { type ConfirmationText, EN_CONFIRMATION } from "../confirmationText";
import { EN_NOTICE, type NoticeText } from "../noticeText";
import { EN_OFFER_EMAIL, type OfferEmailText } from "../offerEmailText";
import { AR_CONFIRMATION, AR_NOTICE, AR_OFFER_EMAIL } from "./emailAr";
import { PL_CONFIRMATION, PL_NOTICE, PL_OFFER_EMAIL } from "./emailPl";
import { RO_CONFIRMATION, RO_NOTICE, RO_OFFER_EMAIL } from "./emailRo";
import { UK_CONFIRMATION, UK_NOTICE, UK_OFFER_EMAIL } from "./emailUk";
import { UR_CONFIRMATION, UR_NOTICE, UR_OFFER_EMAIL } from "./emailUr";

const OFFER_EMAILS: ReadonlyMap<string, OfferEmailText> = new Map([
  ["en", EN_OFFER_EMAIL],
  ["pl", PL_OFFER_EMAIL],
  ["ur", UR_OFFER_EMAIL],
  ["ar", AR_OFFER_EMAIL],
  ["uk", UK_OFFER_EMAIL],
  ["ro", RO_OFFER_EMAIL],
]);

const CONFIRMATIONS: ReadonlyMap<string, ConfirmationText> = new Map([
  ["en", EN_CONFIRMATION],
  ["pl", PL_CONFIRMATION],
  ["ur", UR_CONFIRMATION],
  ["ar", AR_CONFIRMATION],
  ["uk", UK_CONFIRMATION],
  ["ro", RO_CONFIRMATION],
]);

const NOTICES: ReadonlyMap<string, NoticeText> = new Map([
  ["en", EN_NOTICE],
  ["pl", PL_NOTICE],
  ["ur", UR_NOTICE],
  ["ar", AR_NOTICE],
  ["uk", UK_NOTICE],
  ["ro", RO_NOTICE],
]);

/** The languages the emails to families are written in, by primary language subtag. */
export const EMAIL_LANGUAGES: readonly string[] = [...OFFER_EMAILS.keys()];

/** The primary language subtag of a BCP 47 tag, lower-cased: "pl-PL" → "pl". */
export const primaryLanguage = (tag: string): string => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";

/** The offer email's words in the carer's language, where we have that language; English otherwise. */
export function offerEmailTextFor(lang: string): OfferEmailText {
  return OFFER_EMAILS.get(primaryLanguage(lang)) ?? EN_OFFER_EMAIL;
}

/** The booking confirmation's words in the carer's language, where we have that language; English otherwise. */
export function confirmationTextFor(lang: string): ConfirmationText {
  return CONFIRMATIONS.get(primaryLanguage(lang)) ?? EN_CONFIRMATION;
}

/** The notices' words (cancelled, withdrawn, reminder, moved) in the carer's language, where we have it; English otherwise. */
export function noticeTextFor(lang: string): NoticeText {
  return NOTICES.get(primaryLanguage(lang)) ?? EN_NOTICE;
}
