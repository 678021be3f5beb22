import { adjustmentLabel } from "../adjustments/adjustmentLabels";
import type { ReplyAnswer } from "../replies/replyAnswer";

/** Each adjustment the family asked for, as a line someone must arrange. Plain text. */
export function adjustmentSummary(answer: ReplyAnswer | undefined): string[] {
  if (!answer) return [];
  const lines = answer.adjustments.map((a) =>
    a === "interpreter" && answer.interpreterLanguage
      ? `${adjustmentLabel(a)} (${answer.interpreterLanguage})`
      : adjustmentLabel(a),
  );
  if (answer.otherNeeds.trim()) lines.push(answer.otherNeeds.trim());
  return lines;
}
