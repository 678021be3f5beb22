import type { RoomFeature } from "../school/people";
import type { FlowName, MeetingSlot } from "./meeting";
import type { MeetingStatus } from "./meetingStatus";

/** Why a meeting action could not be done: business outcomes, put into words at the UI edge. */
export type MeetingProblem =
  | { readonly code: "unreadable"; readonly problem: string }
  | { readonly code: "noSuchTime"; readonly slot: number }
  | { readonly code: "noCarer"; readonly carerId: string }
  | { readonly code: "timePassed"; readonly slot: MeetingSlot }
  /** Someone, or the room, is no longer free; `busy` names who. */
  | { readonly code: "timeTaken"; readonly slot: MeetingSlot; readonly busy: readonly string[] }
  | { readonly code: "wrongState"; readonly status: MeetingStatus; readonly action: FlowName }
  /** Another change to this meeting was interrupted and must be finished first. */
  | { readonly code: "otherWorkUnderway"; readonly flow: FlowName }
  /** A household chose a different time from the one booked. */
  | { readonly code: "differentTime"; readonly booked: MeetingSlot }
  | { readonly code: "nothingToChase" }
  | { readonly code: "noSchoolProfile" }
  | { readonly code: "noTimes" }
  /** An adjustment that is not on this meeting (the page was out of date). */
  | { readonly code: "noSuchAdjustment"; readonly id: string }
  /** Saying an adjustment is not possible needs a reason the family can read. */
  | { readonly code: "reasonNeeded" }
  /** No room with what the family asked for (a hearing loop, step-free access) is free at that time. */
  | {
      readonly code: "noSuitableRoom";
      readonly slot: MeetingSlot;
      readonly features: readonly RoomFeature[];
    }
  /** An agenda needs a booked meeting. */
  | { readonly code: "noAgenda" }
  /** The agenda is the same as the version the family already has. */
  | { readonly code: "agendaUnchanged" }
  /** A change after the agenda was sent needs a reason for the family. */
  | { readonly code: "lateChangeReason" }
  /** An agenda item without words, or minutes that are not a whole number from 0 to 240. */
  | { readonly code: "badAgendaItem"; readonly item: number };

export type MeetingProblemCode = MeetingProblem["code"];

export class MeetingError extends Error {
  constructor(readonly problem: MeetingProblem) {
    super(`Meeting: ${problem.code}`);
    this.name = "MeetingError";
  }
}

export function isMeetingError<C extends MeetingProblemCode>(
  e: unknown,
  code?: C,
): e is MeetingError & { problem: Extract<MeetingProblem, { code: C }> } {
  return e instanceof MeetingError && (code === undefined || e.problem.code === code);
}
