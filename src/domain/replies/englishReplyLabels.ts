import { adjustmentLabels } from "../adjustments/adjustmentLabels";
import { ENGLISH } from "../i18n/locales";
import { ADJUSTMENT_CODES } from "./replyAnswer";
import { englishSlotTime, type ReplyLabels } from "./replyLabels";

/*
 * Apart from the labels' shape, which the parent page imports: these read the all-languages
 * adjustment table, which would bring every language's words into the page.
 */

/** English labels. */
export const EN_REPLY_LABELS: ReplyLabels = {
  reference: "Reference",
  choice: "Choice",
  noneWork: "none of these times work",
  availability: "What works instead",
  adjustments: "Adjustments",
  adjustment: adjustmentLabels(ADJUSTMENT_CODES, ENGLISH),
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
