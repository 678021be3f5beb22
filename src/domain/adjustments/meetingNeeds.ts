import type { AdjustmentCode } from "../replies/replyAnswer";
import type { RoomFeature } from "../school/people";

/** What a set of adjustments changes about what is booked. */
export interface MeetingNeeds {
  readonly roomFeatures: readonly RoomFeature[];
  readonly extraMinutes: number;
  /** Someone needs to join online, so the meeting must at least be hybrid. */
  readonly needsOnline: boolean;
  /** Why each change was made, for the slot reasons and the organiser. */
  readonly notes: readonly string[];
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
  const notes: string[] = [];
  let extra = 0;
  if (set.has("interpreter")) {
    const add = Math.ceil(baseMinutes / 2 / 15) * 15;
    extra += add;
    notes.push(`${add} minutes more for interpreting`);
  }
  if (set.has("longerMeeting")) {
    extra += 30;
    notes.push("30 minutes more, as the family asked");
  }
  if (set.has("breaks")) {
    extra += 15;
    notes.push("15 minutes more for breaks");
  }
  return { roomFeatures, extraMinutes: extra, needsOnline: set.has("online"), notes };
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
