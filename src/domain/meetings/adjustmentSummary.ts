import type { AdjustmentCode, ReplyAnswer } from "../replies/replyAnswer";

const NAMES: Record<AdjustmentCode, string> = {
  interpreter: "An interpreter",
  stepFree: "Step-free access",
  hearingLoop: "A hearing loop",
  largePrint: "Papers in large print",
  easyRead: "Easy-read papers",
  online: "Joining online",
  longerMeeting: "A longer meeting",
  quietRoom: "A quiet room",
  breaks: "Breaks during the meeting",
};

/** Each adjustment the family asked for, as a line someone must arrange. Plain text. */
export function adjustmentSummary(answer: ReplyAnswer | undefined): string[] {
  if (!answer) return [];
  const lines = answer.adjustments.map((a) =>
    a === "interpreter" && answer.interpreterLanguage
      ? `${NAMES[a]} (${answer.interpreterLanguage})`
      : NAMES[a],
  );
  if (answer.otherNeeds.trim()) lines.push(answer.otherNeeds.trim());
  return lines;
}
