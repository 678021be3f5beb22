import type { RoomFeature } from "../school/people";
import type { DateRange, LocalDate, Weekday } from "../time/localDate";
import type { WallRange, WallTime } from "../time/wallTime";
import type { IanaZone } from "../time/zone";
import type { BusyBlock, MeetingFormat, TentativePolicy } from "./freeBusy";

/** When a person works, in their own zone (Graph's `workingHours`). */
export interface WorkingHours {
  readonly days: readonly Weekday[];
  readonly from: WallTime;
  readonly to: WallTime;
  readonly zone: IanaZone;
}

/** A member of staff or agency professional invited to the meeting. */
export interface Attendee {
  /** Stable and unique within the request (e.g. the email address). */
  readonly id: string;
  /** How to name them to staff, e.g. "Mr Lee". */
  readonly displayName: string;
  /** Their part in this meeting, e.g. "class teacher"; used in explanations. */
  readonly roleLabel?: string;
  /** Required people must all be free; optional ones are reported as able to come or not. */
  readonly required: boolean;
  readonly busy: readonly BusyBlock[];
  /** Absent when their calendar has none: then only the school day limits them. */
  readonly workingHours?: WorkingHours;
}

/** A room that could host the meeting, with its own free/busy. */
export interface RoomCandidate {
  readonly id: string;
  readonly name: string;
  readonly capacity: number;
  readonly features: readonly RoomFeature[];
  readonly busy: readonly BusyBlock[];
}

/**
 * A time the family can do, in the family's own zone. With neither `days` nor `dates` it applies
 * every day; with both, on either.
 */
export interface FamilyWindow extends WallRange {
  readonly days?: readonly Weekday[];
  readonly dates?: readonly LocalDate[];
  /** The family's own words ("after the school run"), quoted back to staff in reasons. */
  readonly label?: string;
}

/** What the family told us (journey step 2). Empty windows mean "not said": any school time will do. */
export interface FamilyAvailability {
  readonly zone: IanaZone;
  /** Most wanted first: the order is the family's ranking. */
  readonly preferred: readonly FamilyWindow[];
  /** Further times that work; preferred windows are acceptable too. */
  readonly acceptable: readonly FamilyWindow[];
  /** Dates (in the family's zone) to avoid, e.g. hospital appointments or a trip abroad. */
  readonly avoidDates: readonly DateRange[];
  readonly avoidDays: readonly Weekday[];
  /** Carers, supporter, interpreter and child coming to the room; sizes the room. */
  readonly partySize: number;
}

/** When the school is open for meetings, in the school's zone. */
export interface SchoolCalendar {
  readonly zone: IanaZone;
  /** Inclusive term dates; a day outside every term is never offered. */
  readonly terms: readonly DateRange[];
  /** Holidays and in-service days inside terms. */
  readonly closures: readonly DateRange[];
  /** Usually Monday to Friday. */
  readonly weekdays: readonly Weekday[];
  /** The hours staff meet families on an ordinary day. */
  readonly day: WallRange;
  /** Different hours on some weekdays (e.g. the Friday early finish in many Scottish schools). */
  readonly dayByWeekday?: Partial<Record<Weekday, WallRange>>;
  /** Early or late times the school offers parents who work; used when the request asks. */
  readonly extendedDay?: WallRange;
}

/** The meeting's shape. Length counts real elapsed minutes, whatever the clocks do. */
export interface MeetingShape {
  readonly format: MeetingFormat;
  readonly minutes: number;
  /** Added by adjustments (an interpreter, breaks); kept apart so callers can say why. */
  readonly extraMinutes?: number;
  /** Time staff and room need free before and after (travel, setting up, writing notes). */
  readonly bufferBeforeMinutes?: number;
  readonly bufferAfterMinutes?: number;
}

/** Everything the slot engine needs: one free/busy query's worth of facts, plus what was asked for. */
export interface SlotRequest {
  readonly school: SchoolCalendar;
  readonly meeting: MeetingShape;
  readonly attendees: readonly Attendee[];
  readonly rooms: readonly RoomCandidate[];
  /** Features the adjustments need (step-free, hearing loop, quiet); a room must have all. */
  readonly roomFeatures: readonly RoomFeature[];
  readonly family: FamilyAvailability;
  /** Working days (school days in term) needed to send papers before the meeting. */
  readonly noticeWorkingDays: number;
  /** Inclusive dates to search, in the school's zone. */
  readonly search: DateRange;
  /** Starts fall on this grid of the school's local clock, in minutes (5, 10, 15, 20, 30 or 60). */
  readonly granularityMinutes: number;
  /** How many times to offer. */
  readonly maxSlots: number;
  readonly tentative: TentativePolicy;
  /** Offer the school's early or late times (for families who work). */
  readonly useExtendedDay?: boolean;
}
