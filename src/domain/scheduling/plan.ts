import { type Instant, MINUTE_MS } from "../time/instant";
import { clip, type Interval, intersect, normalise } from "../time/interval";
import { addDays, type LocalDate } from "../time/localDate";
import { startOfLocalDay } from "../time/zonedTime";
import { type AttendeeTime, attendeeTimeBuilder, type RoomTime, suitableRooms } from "./attendeeTime";
import type { Attendee, SlotRequest } from "./request";
import { earliestStartForNotice } from "./schoolDays";
import { type FamilyTimes, familyTimes, repeatedWallTime, type SearchSpan, schoolTime } from "./timeWindows";

/** Everything precomputed for one search: the walk and the explanation both read it. */
export interface SearchPlan {
  readonly request: SlotRequest;
  readonly lengthMs: number;
  readonly stepMs: number;
  /** The searched dates as instants. */
  readonly span: SearchSpan;
  /** Earliest start allowed by the notice period; undefined when the calendar cannot meet it. */
  readonly notice: { readonly at: Instant; readonly date: LocalDate } | undefined;
  /** School time in the span, before notice and "now" are applied. */
  readonly schoolAll: Interval[];
  /** School time from the earliest allowed start. */
  readonly school: Interval[];
  readonly family: FamilyTimes;
  /** School time the family can do. */
  readonly base: Interval[];
  /** Required people by id; optional people by name, as reasons list them. */
  readonly required: AttendeeTime[];
  readonly optional: AttendeeTime[];
  /** `base` where every required person is available. */
  readonly free: Interval[];
  readonly needsRoom: boolean;
  readonly seats: number;
  readonly rooms: RoomTime[];
  /** Where no slot may start (second passes through a repeated hour, school's or family's clock). */
  readonly noStart: Interval[];
}

const byId = (a: Attendee, b: Attendee) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Orders people by name, then id, so every list shown to staff is stable whatever the input order. */
export const byName = (a: Attendee, b: Attendee) =>
  a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : byId(a, b);

/** Required people's availability intersected with a starting set of times. */
export function freeForAll(start: Interval[], people: readonly AttendeeTime[]): Interval[] {
  let free = start;
  for (const p of people) free = intersect(free, p.available);
  return free;
}

/** Precomputes a search. `now` comes from the injected clock. */
export function buildPlan(request: SlotRequest, now: Instant): SearchPlan {
  const { school: calendar, meeting, family } = request;
  const span: SearchSpan = {
    from: startOfLocalDay(request.search.first, calendar.zone),
    to: startOfLocalDay(addDays(request.search.last, 1), calendar.zone),
  };
  const notice = earliestStartForNotice(now, request.noticeWorkingDays, calendar);
  const openFrom = Math.max(span.from, now, notice?.at ?? span.to) as Instant;
  const schoolAll = schoolTime(calendar, span, request.useExtendedDay ?? false);
  const school = clip(schoolAll, openFrom, span.to);
  const famTimes = familyTimes(family, span);
  const base = intersect(school, famTimes.acceptable);
  const rules = {
    format: meeting.format,
    tentative: request.tentative,
    bufferBeforeMs: (meeting.bufferBeforeMinutes ?? 0) * MINUTE_MS,
    bufferAfterMs: (meeting.bufferAfterMinutes ?? 0) * MINUTE_MS,
    span,
  };
  const timeOf = attendeeTimeBuilder(rules);
  const required = request.attendees
    .filter((a) => a.required)
    .sort(byId)
    .map(timeOf);
  const optional = request.attendees
    .filter((a) => !a.required)
    .sort(byName)
    .map(timeOf);
  const seats = request.attendees.length + family.partySize;
  const needsRoom = meeting.format !== "online";
  return {
    request,
    lengthMs: (meeting.minutes + (meeting.extraMinutes ?? 0)) * MINUTE_MS,
    stepMs: request.granularityMinutes * MINUTE_MS,
    span,
    notice,
    schoolAll,
    school,
    family: famTimes,
    base,
    required,
    optional,
    free: freeForAll(base, required),
    needsRoom,
    seats,
    rooms: needsRoom ? suitableRooms(request.rooms, request.roomFeatures, seats, rules) : [],
    noStart: normalise([...repeatedWallTime(calendar.zone, span), ...repeatedWallTime(family.zone, span)]),
  };
}
