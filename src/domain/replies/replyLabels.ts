import { formatEnglishSlotStart, formatLongDateTime, resolveLocale } from "../time/format";
import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";
import type { AdjustmentCode, SpeakingOrder, Supporter } from "./replyAnswer";

/**
 * The words of a structured reply in the carer's language. The parent page supplies one set per
 * language it supports; `EN_REPLY_LABELS` (`englishReplyLabels.ts`) is the English set. Line labels are followed by
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
