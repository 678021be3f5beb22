import type { Words } from "../i18n/languageFile";
import { formatEnglishSlotStart, formatLongDateTime, resolveLocale } from "../time/format";
import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";
import { ADJUSTMENT_CODES, type AdjustmentCode, type SpeakingOrder, type Supporter } from "./replyAnswer";

/**
 * The words of a structured reply in the carer's language. The parent page supplies one set per
 * language it supports; {@link EN_REPLY_LABELS} is the English set. Line labels are followed by
 * ": " and the value.
 */
export interface ReplyLabels {
  readonly reference: string;
  readonly choice: string;
  /** The value of the choice line when none of the offered times work. */
  readonly noneWork: string;
  /** Label for what works instead, in the carer's words. */
  readonly availability: string;
  readonly adjustments: string;
  readonly adjustment: Readonly<Record<AdjustmentCode, string>>;
  /** The interpreter adjustment with its language, e.g. "Interpreter (Polish)". */
  readonly interpreterFor: (language: string) => string;
  readonly otherNeeds: string;
  readonly supporter: string;
  /** e.g. "Jane Smith (friend) – may see the papers: yes". */
  readonly supporterText: (supporter: Supporter) => string;
  readonly speakingOrder: string;
  readonly speaking: Readonly<Record<Exclude<SpeakingOrder, "noPreference">, string>>;
  readonly message: string;
  /**
   * How an offered time reads, e.g. "Tuesday 1 December, 3:30pm". When absent, the language's own
   * long date and time from Intl (with the offer's zone) is used.
   */
  readonly slotTime?: (start: Instant, zone: IanaZone) => string;
}

/** "Tuesday 1 December, 3:30pm": British English, on the offer's clock. */
export function englishSlotTime(start: Instant, zone: IanaZone): string {
  return formatEnglishSlotStart(start, zone);
}

/** The offered time in `lang` (a BCP 47 tag; British English when Intl cannot read it). */
export function localeSlotTime(start: Instant, zone: IanaZone, lang: string): string {
  return formatLongDateTime(start, zone, resolveLocale(lang, "en-GB"));
}

/*
 * The English adjustment names, read from the English file alone (its `?reply` copy keeps only this
 * section): the parent page imports this module, and the all-languages table would bring every
 * language's words into the page.
 */
const ENGLISH_ADJUSTMENTS = Object.values(
  import.meta.glob<Words<"adjustments">>("../i18n/languages/en.ts", {
    eager: true,
    import: "adjustments",
    query: "?reply",
  }),
)[0];

/** English labels. */
export const EN_REPLY_LABELS: ReplyLabels = {
  reference: "Reference",
  choice: "Choice",
  noneWork: "none of these times work",
  availability: "What works instead",
  adjustments: "Adjustments",
  adjustment: Object.fromEntries(
    ADJUSTMENT_CODES.map((code) => [code, ENGLISH_ADJUSTMENTS?.[code] ?? code]),
  ) as Record<AdjustmentCode, string>,
  interpreterFor: (language) => `Interpreter (${language})`,
  otherNeeds: "Other needs",
  supporter: "Supporter",
  supporterText: (s) =>
    `${s.name}${s.relationship.trim() ? ` (${s.relationship})` : ""} – may see the papers: ${s.sharePapers ? "yes" : "no"}`,
  speakingOrder: "Speak first or after the professionals",
  speaking: { first: "first", after: "after" },
  message: "Message",
  slotTime: englishSlotTime,
};
