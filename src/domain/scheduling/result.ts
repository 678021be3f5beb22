import type { Instant } from "../time/instant";
import type { LocalParts } from "../time/zonedTime";
import type { HoldKind } from "./freeBusy";

/** How well a slot fits what the family said. `rank` 0 is their first preference. */
export type FamilyFit =
  | { readonly kind: "preferred"; readonly rank: number }
  | { readonly kind: "acceptable" }
  | { readonly kind: "unstated" };

/** A required person who can come but with a caveat worth telling the organiser. */
export interface Hold {
  readonly attendeeId: string;
  readonly kind: HoldKind;
}

/** One offered time. */
export interface Slot {
  /** The meeting itself, without buffers; show in any zone with the UI's formatter. */
  readonly start: Instant;
  readonly end: Instant;
  /** The room chosen (smallest that fits); undefined for online meetings. */
  readonly room: { readonly id: string; readonly name: string } | undefined;
  /** Optional attendees (ids, sorted by name) who are free, and who are not. */
  readonly optionalFree: readonly string[];
  readonly optionalBusy: readonly string[];
  readonly familyFit: FamilyFit;
  readonly holds: readonly Hold[];
  /** The slot's start on the school's clock and on the family's. */
  readonly schoolTime: LocalParts;
  readonly familyTime: LocalParts;
  /** Plain English for staff, e.g. "Tuesday 3:30pm, as the family asked (…); all four staff free; …". */
  readonly reason: string;
}

/** Which constraint left nothing to offer. */
export type BlockerCode =
  | "noSchoolDays"
  | "notice"
  | "familyTimes"
  | "workingHours"
  | "busy"
  | "notTogether"
  | "noSuitableRoom"
  | "roomsBooked"
  | "grid";

/** One reason nothing could be offered, with a sentence staff can act on. */
export interface Blocker {
  readonly code: BlockerCode;
  /** Required attendees named by the blocker, if any. */
  readonly attendeeIds: readonly string[];
  /** A sentence for staff, e.g. "Mr Lee (class teacher) has no free time on Tuesdays after 3pm …". */
  readonly message: string;
}

/** Why a request was refused before searching (outside the engine's hard bounds, or malformed). */
export type RequestProblemCode =
  | "searchRange"
  | "length"
  | "buffer"
  | "granularity"
  | "maxSlots"
  | "notice"
  | "tooManyAttendees"
  | "tooManyRooms"
  | "tooManyBusyBlocks"
  | "tooManyWindows"
  | "tooManyDates"
  | "duplicateId"
  | "badTimes"
  | "partySize";

/** One thing wrong with a request, with a sentence saying what is allowed. */
export interface RequestProblem {
  readonly code: RequestProblemCode;
  readonly message: string;
}

/** The engine's answer. */
export type SlotSearchResult =
  | { readonly kind: "found"; readonly slots: readonly Slot[]; readonly candidateCount: number }
  | { readonly kind: "none"; readonly blockers: readonly Blocker[]; readonly explanation: string }
  | { readonly kind: "rejected"; readonly problems: readonly RequestProblem[] };
