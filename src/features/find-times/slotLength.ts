import type { ExtraTime } from "../../domain/adjustments/meetingNeeds";
import { staffText } from "../../domain/i18n/staffMessages";

function list(parts: readonly string[]): string {
  if (parts.length < 2) return parts.join("");
  return staffText("findTimes.length.and", {
    first: parts.slice(0, -1).join(", "),
    last: parts.at(-1) ?? "",
  });
}

/**
 * A slot's length, and why it is longer than staff asked: "90 minutes: 30 more for interpreting".
 * The reasons are given only when the slot is longer than asked.
 */
export function slotLengthText(minutes: number, asked: number, extraTime: readonly ExtraTime[]): string {
  const total = staffText("findTimes.length.minutes", { minutes });
  if (minutes <= asked || extraTime.length === 0) return total;
  const reasons = extraTime.map((e) => staffText(`findTimes.length.${e.reason}`, { minutes: e.minutes }));
  return staffText("findTimes.length.extra", { total, reasons: list(reasons) });
}
