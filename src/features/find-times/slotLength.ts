import type { ExtraTime, ExtraTimeReason } from "../../domain/adjustments/meetingNeeds";

const WHY: Record<ExtraTimeReason, string> = {
  interpreting: "for interpreting",
  longerMeeting: "because the family asked for a longer meeting",
  breaks: "for breaks",
};

function list(parts: readonly string[]): string {
  if (parts.length < 2) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * A slot's length, and why it is longer than staff asked: "90 minutes: 30 more for interpreting".
 * The reasons are given only when the slot is longer than asked.
 */
export function slotLengthText(minutes: number, asked: number, extraTime: readonly ExtraTime[]): string {
  const total = `${minutes} minutes`;
  if (minutes <= asked || extraTime.length === 0) return total;
  return `${total}: ${list(extraTime.map((e) => `${e.minutes} more ${WHY[e.reason]}`))}`;
}
