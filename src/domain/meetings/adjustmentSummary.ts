import { adjustmentLabel } from "../adjustments/adjustmentLabels";
import { ENGLISH, type FamilyLocale } from "../i18n/locales";
import type { ReplyAnswer } from "../replies/replyAnswer";

/**
 * Each adjustment the family asked for, as a line someone must arrange, named in `locale` (English
 * for staff; the family's language in what they are sent). Plain text.
 */
export function adjustmentSummary(answer: ReplyAnswer | undefined, locale: FamilyLocale = ENGLISH): string[] {
  if (!answer) return [];
  const lines = answer.adjustments.map((a) =>
    a === "interpreter" && answer.interpreterLanguage
      ? `${adjustmentLabel(a, locale)} (${answer.interpreterLanguage})`
      : adjustmentLabel(a, locale),
  );
  if (answer.otherNeeds.trim()) lines.push(answer.otherNeeds.trim());
  return lines;
}
