import type { FamilyLocale } from "../../domain/i18n/locales";
import { formatIn, type MessageValues } from "../../domain/i18n/messages";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import { englishSlotTime, type ReplyLabels } from "../../domain/replies/replyLabels";
import type { PageKey, ParentWords } from "../messages/pageMessages";
import type { Strings } from "./strings";

/**
 * The page's words in the shape its views use, each one formatted from the language's ICU
 * messages. Names, addresses and times are passed in as values, never pasted into the text.
 */
export function stringsFrom(words: ParentWords, locale: FamilyLocale): Strings {
  const t = (key: PageKey, values?: MessageValues) => formatIn(words.page, locale, key, values);
  const adjustments = Object.fromEntries(
    ADJUSTMENT_CODES.map((code) => [code, formatIn(words.adjustments, locale, code)]),
  ) as Strings["adjustments"];
  const reply: ReplyLabels = {
    reference: t("replyReference"),
    choice: t("replyChoice"),
    noneWork: t("replyNoneWork"),
    availability: t("replyAvailability"),
    adjustments: t("replyAdjustments"),
    adjustment: adjustments,
    interpreterFor: (language) => t("replyInterpreterFor", { language }),
    otherNeeds: t("replyOtherNeeds"),
    supporter: t("replySupporter"),
    supporterText: (s) =>
      t("replySupporterText", {
        name: s.name,
        relationship: s.relationship.trim(),
        hasRelationship: s.relationship.trim() ? "yes" : "no",
        sharePapers: s.sharePapers ? "yes" : "no",
      }),
    speakingOrder: t("replySpeakingOrder"),
    speaking: { first: t("replySpeakingFirst"), after: t("replySpeakingAfter") },
    message: t("replyMessage"),
    // English answers keep the form staff's reply reader knows best ("Tuesday 1 December, 3:30pm").
    ...(locale === "en" ? { slotTime: englishSlotTime } : {}),
  };
  return {
    title: (school) => t("title", { school }),
    heading: t("heading"),
    greeting: (school) => t("greeting", { school }),
    whyHeading: t("whyHeading"),
    purpose: (type) => formatIn(words.purposes, locale, type),
    whoHeading: t("whoHeading"),
    formatHeading: t("formatHeading"),
    formats: { inPerson: t("formatsInPerson"), online: t("formatsOnline"), hybrid: t("formatsHybrid") },
    rightsHeading: t("rightsHeading"),
    rightViews: t("rightViews"),
    rightSupporter: t("rightSupporter"),
    rightAdjustments: t("rightAdjustments"),
    adviceHeading: t("adviceHeading"),
    adviceScotland: t("adviceScotland"),
    adviceEngland: t("adviceEngland"),
    phone: t("phone"),
    website: t("website"),
    email: t("email"),
    timesLegend: t("timesLegend"),
    timesZone: (zone) => t("timesZone", { zone }),
    slotPassed: t("slotPassed"),
    noneWork: t("noneWork"),
    availabilityLabel: t("availabilityLabel"),
    availabilityHint: t("availabilityHint"),
    adjustmentsLegend: t("adjustmentsLegend"),
    adjustmentsHint: t("adjustmentsHint"),
    adjustments,
    interpreterLanguage: t("interpreterLanguage"),
    otherNeeds: t("otherNeeds"),
    supporterLegend: t("supporterLegend"),
    supporterHint: t("supporterHint"),
    supporterName: t("supporterName"),
    supporterRelationship: t("supporterRelationship"),
    supporterRelationshipHint: t("supporterRelationshipHint"),
    supporterEmail: formatIn(words.supporter, locale, "supporterEmail"),
    supporterEmailHint: formatIn(words.supporter, locale, "supporterEmailHint"),
    sharePapers: t("sharePapers"),
    speakingLegend: t("speakingLegend"),
    speakingHint: t("speakingHint"),
    speaking: {
      first: t("speakingFirst"),
      after: t("speakingAfter"),
      noPreference: t("speakingNoPreference"),
    },
    message: t("message"),
    optional: t("optional"),
    send: t("send"),
    errorSummary: t("errorSummary"),
    errChooseTime: t("errChooseTime"),
    errAvailability: t("errAvailability"),
    errInterpreterLanguage: t("errInterpreterLanguage"),
    errSupporterName: t("errSupporterName"),
    errSupporterEmail: formatIn(words.supporter, locale, "errSupporterEmail"),
    sentHeading: t("sentHeading"),
    sentEmail: t("sentEmail"),
    youChose: (time) => t("youChose", { time }),
    youChoseNone: t("youChoseNone"),
    nextHeading: t("nextHeading"),
    nextChosen: t("nextChosen"),
    nextNone: t("nextNone"),
    noEmailApp: (email) => t("noEmailApp", { email }),
    openEmailAgain: t("openEmailAgain"),
    copy: t("copy"),
    copied: t("copied"),
    copyFailed: t("copyFailed"),
    answerText: t("answerText"),
    shortened: t("shortened"),
    changeAnswer: t("changeAnswer"),
    questions: (school) => t("questions", { school }),
    reference: (ref) => t("reference", { ref }),
    expiredHeading: t("expiredHeading"),
    expiredBody: t("expiredBody"),
    brokenHeading: t("brokenHeading"),
    brokenBody: t("brokenBody"),
    emailSchool: t("emailSchool"),
    languageLabel: t("languageLabel"),
    reply,
  };
}
