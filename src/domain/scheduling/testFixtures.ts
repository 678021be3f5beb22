import type { Clock } from "../time/clock";
import { type Instant, instantFromIso } from "../time/instant";
import { type DateRange, localDateFromIso, type Weekday } from "../time/localDate";
import { type WallTime, wallTimeFromHhmm } from "../time/wallTime";
import { LONDON } from "../time/zone";
import type { BusyBlock, FreeBusyStatus } from "./freeBusy";
import type { Attendee, RoomCandidate, SlotRequest, WorkingHours } from "./request";

/*
 * Builders for the slot engine's tests: a fictional Scottish primary school in London time.
 * Not used by the app.
 */

export const d = localDateFromIso;
export const t = (hhmm: string): WallTime => wallTimeFromHhmm(hhmm);
export const at = (iso: string): Instant => instantFromIso(iso);
export const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

export function clockAt(isoTime: string): Clock {
  const now = at(isoTime);
  return { now: () => now };
}

export function busy(startIso: string, endIso: string, status: FreeBusyStatus = "busy"): BusyBlock {
  return { start: at(startIso), end: at(endIso), status };
}

export const range = (first: string, last: string): DateRange => ({ first: d(first), last: d(last) });

export const STAFF_HOURS: WorkingHours = { days: WEEKDAYS, from: t("08:00"), to: t("17:30"), zone: LONDON };

export function person(id: string, extra: Partial<Attendee> = {}): Attendee {
  return {
    id,
    displayName: id,
    required: true,
    busy: [],
    workingHours: STAFF_HOURS,
    ...extra,
  };
}

export function room(id: string, extra: Partial<RoomCandidate> = {}): RoomCandidate {
  return { id, name: id, capacity: 6, features: [], busy: [], ...extra };
}

/** Terms of the fictional school, 2025–2028, with October and February breaks as closures. */
export const TERMS: readonly DateRange[] = [
  range("2025-08-18", "2025-12-19"),
  range("2026-01-05", "2026-04-02"),
  range("2026-04-20", "2026-06-26"),
  range("2026-08-17", "2026-12-18"),
  range("2027-01-06", "2027-04-01"),
  range("2027-04-19", "2027-06-25"),
  range("2027-08-16", "2027-12-17"),
];
export const CLOSURES: readonly DateRange[] = [
  range("2026-02-16", "2026-02-17"),
  range("2026-10-12", "2026-10-16"),
  range("2027-02-15", "2027-02-16"),
  range("2027-10-11", "2027-10-15"),
];

/** A small valid request: one required member of staff, one room, no family constraints. */
export function request(extra: Partial<SlotRequest> = {}): SlotRequest {
  return {
    school: {
      zone: LONDON,
      terms: TERMS,
      closures: CLOSURES,
      weekdays: WEEKDAYS,
      day: { from: t("08:30"), to: t("17:00") },
    },
    meeting: { format: "inPerson", minutes: 60 },
    attendees: [person("senco")],
    rooms: [room("family-room")],
    roomFeatures: [],
    family: { zone: LONDON, preferred: [], acceptable: [], avoidDates: [], avoidDays: [], partySize: 2 },
    noticeWorkingDays: 0,
    search: range("2026-01-12", "2026-01-16"),
    granularityMinutes: 15,
    maxSlots: 3,
    tentative: "blocks",
    ...extra,
  };
}
