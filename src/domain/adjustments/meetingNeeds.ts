import type { AdjustmentCode } from "../replies/replyAnswer";
import type { RoomFeature } from "../school/people";

/** Why a meeting is booked longer than staff asked. */
export type ExtraTimeReason = "interpreting" | "longerMeeting" | "breaks";

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

const ROOM: Partial<Record<AdjustmentCode, RoomFeature>> = {
  stepFree: "stepFree",
  hearingLoop: "hearingLoop",
  quietRoom: "quiet",
};

/**
 * Adjustments become things that change the booking: a room with the right features, a longer
 * slot (interpreted meetings take about half as long again; breaks add time), an online option.
 */
export function meetingNeeds(adjustments: readonly AdjustmentCode[], baseMinutes: number): MeetingNeeds {
  const set = new Set(adjustments);
  const roomFeatures = [...set].flatMap((a) => (ROOM[a] ? [ROOM[a]] : []));
  const extraTime: ExtraTime[] = [];
  if (set.has("interpreter")) {
    extraTime.push({ reason: "interpreting", minutes: Math.ceil(baseMinutes / 2 / 15) * 15 });
  }
  if (set.has("longerMeeting")) extraTime.push({ reason: "longerMeeting", minutes: 30 });
  if (set.has("breaks")) extraTime.push({ reason: "breaks", minutes: 15 });
  return {
    roomFeatures,
    extraMinutes: extraTime.reduce((sum, e) => sum + e.minutes, 0),
    extraTime,
    needsOnline: set.has("online"),
  };
}

/** Reads a carer's standing adjustment (free text from the school's list) as a code where it clearly is one. */
export function adjustmentFromText(text: string): AdjustmentCode | undefined {
  const t = text.toLowerCase();
  if (/interpret/.test(t)) return "interpreter";
  if (/step.?free|wheelchair|ramp|lift/.test(t)) return "stepFree";
  if (/hearing loop|induction loop/.test(t)) return "hearingLoop";
  if (/large print/.test(t)) return "largePrint";
  if (/easy.?read/.test(t)) return "easyRead";
  if (/online|video|teams/.test(t)) return "online";
  if (/longer/.test(t)) return "longerMeeting";
  if (/quiet/.test(t)) return "quietRoom";
  if (/break/.test(t)) return "breaks";
  return undefined;
}
