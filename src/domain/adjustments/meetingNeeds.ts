import type { AdjustmentCode } from "../replies/replyAnswer";
import type { RoomFeature } from "../school/people";
import { catalogueEntry, type ExtraTimeReason, roomFeaturesFor } from "./catalogue";

export type { ExtraTimeReason } from "./catalogue";

/** Minutes added to the meeting for one adjustment. */
export interface ExtraTime {
  readonly reason: ExtraTimeReason;
  readonly minutes: number;
}

/** What a set of adjustments changes about what is booked. */
export interface MeetingNeeds {
  readonly roomFeatures: readonly RoomFeature[];
  /** The sum of `extraTime`. */
  readonly extraMinutes: number;
  /** Each addition to the length and why, in a fixed order, so the organiser can be told. */
  readonly extraTime: readonly ExtraTime[];
  /** Someone needs to join online, so the meeting must at least be hybrid. */
  readonly needsOnline: boolean;
}

const REASON_ORDER: readonly ExtraTimeReason[] = ["interpreting", "longerMeeting", "breaks"];

/** Interpreted meetings take about half as long again (in quarter hours); a longer meeting 30; breaks 15. */
function minutesFor(reason: ExtraTimeReason, baseMinutes: number): number {
  if (reason === "interpreting") return Math.ceil(baseMinutes / 2 / 15) * 15;
  return reason === "longerMeeting" ? 30 : 15;
}

/**
 * Adjustments become things that change the booking, as the catalogue says: a room with the right
 * features, a longer slot, an online option. Two interpreters (spoken and BSL) add the
 * interpreting time once: they interpret at the same time.
 */
export function meetingNeeds(adjustments: readonly AdjustmentCode[], baseMinutes: number): MeetingNeeds {
  const effects = [...new Set(adjustments)].flatMap((a) => catalogueEntry(a).effects);
  const reasons = new Set(effects.flatMap((e) => (e.kind === "minutes" ? [e.reason] : [])));
  const extraTime = REASON_ORDER.filter((r) => reasons.has(r)).map((reason) => ({
    reason,
    minutes: minutesFor(reason, baseMinutes),
  }));
  return {
    roomFeatures: roomFeaturesFor(adjustments),
    extraMinutes: extraTime.reduce((sum, e) => sum + e.minutes, 0),
    extraTime,
    needsOnline: effects.some((e) => e.kind === "online"),
  };
}
