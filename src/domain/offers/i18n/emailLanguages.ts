import { FAMILY_LOCALES, type FamilyLocale, familyLocale } from "../../i18n/locales";
import { formatMessage, type MessageValues } from "../../i18n/messages";
import { PURPOSE_MESSAGES } from "../../meetings/purposeMessages";
import type { ConfirmationText } from "../confirmationText";
import { EMAIL_MESSAGES, type EmailKey } from "../messages/emailMessages";
import type { NoticeText } from "../noticeText";
import type { OfferEmailText } from "../offerEmailText";

/** The primary language subtag of a BCP 47 tag, lower-cased: "pl-PL" → "pl". */
export const primaryLanguage = (tag: string): string => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";

/**
 * The language subtags the school's records may give for a family we write to in their language:
 * each family language's ("pa" for Punjabi in either script) and "pnb" (Western Punjabi).
 */
export const EMAIL_LANGUAGES: readonly string[] = [
  ...new Set([...FAMILY_LOCALES.map((l) => primaryLanguage(l)), "pnb"]),
];

const textIn = (locale: FamilyLocale) => (key: EmailKey, values?: MessageValues) =>
  formatMessage(EMAIL_MESSAGES, locale, key, values);

/** The offer email's words in the carer's language (a BCP 47 tag), where we have it; English otherwise. */
export function offerEmailTextFor(lang: string): OfferEmailText {
  const locale = familyLocale(lang);
  const t = textIn(locale);
  return {
    subject: (school) => t("offerSubject", { school }),
    greeting: (name) => t("greeting", { name }),
    purpose: (type) => formatMessage(PURPOSE_MESSAGES, locale, type),
    why: t("offerWhy"),
    staffWords: (name) => t("staffWords", { name }),
    who: t("offerWho"),
    times: t("offerTimes"),
    format: {
      inPerson: t("offerFormatInPerson"),
      online: t("offerFormatOnline"),
      hybrid: t("offerFormatHybrid"),
    },
    choose: t("offerChoose"),
    noneWork: t("offerNoneWork"),
    rightsTitle: t("offerRightsTitle"),
    supporter: t("offerSupporter"),
    adjustments: t("offerAdjustments"),
    advice: { scotland: t("offerAdviceScotland"), england: t("offerAdviceEngland") },
    contact: (school, phone) => t("contact", { school, phone }),
    plainReply: t("offerPlainReply"),
    signOff: t("signOff"),
  };
}

/** The booking confirmation's words in the carer's language, where we have it; English otherwise. */
export function confirmationTextFor(lang: string): ConfirmationText {
  const t = textIn(familyLocale(lang));
  return {
    subject: (school) => t("confirmationSubject", { school }),
    greeting: (name) => t("greeting", { name }),
    booked: (when) => t("confirmationBooked", { when }),
    where: (place) => t("confirmationWhere", { place }),
    online: t("confirmationOnline"),
    orOnline: t("confirmationOrOnline"),
    join: t("confirmationJoin"),
    adjustments: t("confirmationAdjustments"),
    supporter: (name) => t("confirmationSupporter", { name }),
    papers: t("confirmationPapers"),
    notAnswered: t("confirmationNotAnswered"),
    otherTime: t("confirmationOtherTime"),
    change: (school, phone) => t("confirmationChange", { school, phone }),
    signOff: t("signOff"),
  };
}

/** The notices' words (cancelled, withdrawn, reminder, moved) in the carer's language, where we have it; English otherwise. */
export function noticeTextFor(lang: string): NoticeText {
  const t = textIn(familyLocale(lang));
  return {
    cancelSubject: (school) => t("noticeCancelSubject", { school }),
    cancelled: (when) => t("noticeCancelled", { when }),
    staffWords: (name) => t("staffWords", { name }),
    cancelNext: t("noticeCancelNext"),
    withdrawSubject: (school) => t("noticeWithdrawSubject", { school }),
    withdrawn: t("noticeWithdrawn"),
    chaseSubject: (school) => t("noticeChaseSubject", { school }),
    chase: t("noticeChase"),
    moved: (when) => t("noticeMoved", { when }),
    contact: (school, phone) => t("contact", { school, phone }),
  };
}
