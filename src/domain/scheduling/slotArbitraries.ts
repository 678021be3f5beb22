import fc from "fast-check";
import type { RoomFeature } from "../school/people";
import { DAY_MS, type Instant, MINUTE_MS } from "../time/instant";
import { addDays, type DateRange, type LocalDate, localDateFromIso, type Weekday } from "../time/localDate";
import type { WallRange, WallTime } from "../time/wallTime";
import { ianaZone, LONDON } from "../time/zone";
import type { BusyBlock, FreeBusyStatus } from "./freeBusy";
import type { Attendee, FamilyWindow, RoomCandidate, SlotRequest } from "./request";

/*
 * fast-check generators for slot requests, aimed at the awkward cases: searches across the UK,
 * US and Australian clock changes, Sunday small-hours "school days" that contain the skipped and
 * repeated hours, families and staff in other zones, and every free/busy status. Tests only.
 */

/** Zones with and without clock changes, including a half-hour and a 45-minute offset. */
export const ZONES = [
  "Europe/London",
  "America/New_York",
  "Asia/Kathmandu",
  "Australia/Adelaide",
  "Europe/Lisbon",
].map(ianaZone);
const ANCHORS = [
  "2026-03-27", // UK spring forward on the 29th
  "2026-10-23", // UK fall back on the 25th
  "2027-03-26",
  "2027-10-29",
  "2026-03-06", // US spring forward on the 8th
  "2026-10-30", // US fall back on 1 November
  "2026-04-03", // Adelaide falls back on 5 April
  "2026-01-14", // an ordinary January week
].map(localDateFromIso);
const STATUSES: FreeBusyStatus[] = ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"];
const FEATURES: RoomFeature[] = ["stepFree", "hearingLoop", "quiet", "large"];
const DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const minute = (n: number) => n as WallTime;
/** A wall range on a 5-minute grid, sometimes pinned to the small hours where clocks change. */
const wallRange: fc.Arbitrary<WallRange> = fc
  .oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom<[number, number]>(
        [0, 240],
        [30, 180],
        [60, 150],
        [510, 1020],
        [420, 1140],
        [900, 1440],
        [0, 1440],
        [300, 1440],
      ),
    },
    fc
      .tuple(fc.integer({ min: 0, max: 276 }), fc.integer({ min: 3, max: 288 }))
      .map(([a, l]) => [a * 5, Math.min(1440, a * 5 + l * 5)] as [number, number]),
  )
  .map(([from, to]) => ({ from: minute(from), to: minute(to) }));

const days = fc.oneof(fc.constant(DAYS), fc.subarray(DAYS, { minLength: 1 }));
const dateRangeNear = (first: LocalDate, spread: number, maxLength: number): fc.Arbitrary<DateRange> =>
  fc
    .tuple(fc.integer({ min: -spread, max: spread }), fc.integer({ min: 0, max: maxLength }))
    .map(([o, l]) => ({
      first: addDays(first, o),
      last: addDays(first, o + l),
    }));

function busyBlocks(first: LocalDate, length: number, max: number): fc.Arbitrary<BusyBlock[]> {
  const from = (first - 1) * DAY_MS;
  const slots = ((length + 2) * DAY_MS) / (5 * MINUTE_MS);
  return fc.array(
    fc
      .record({
        at: fc.integer({ min: 0, max: slots }),
        len: fc.integer({ min: 1, max: 48 }),
        status: fc.constantFrom(...STATUSES),
      })
      .map(
        (b): BusyBlock => ({
          start: (from + b.at * 5 * MINUTE_MS) as Instant,
          end: (from + (b.at + b.len) * 5 * MINUTE_MS) as Instant,
          status: b.status,
        }),
      ),
    { maxLength: max },
  );
}

function familyWindow(first: LocalDate, length: number): fc.Arbitrary<FamilyWindow> {
  return fc
    .record(
      {
        range: wallRange,
        days: fc.option(days, { nil: undefined }),
        dates: fc.option(
          fc.array(
            fc.integer({ min: -1, max: length + 1 }).map((o) => addDays(first, o)),
            { minLength: 1, maxLength: 3 },
          ),
          {
            nil: undefined,
          },
        ),
      },
      { requiredKeys: ["range"] },
    )
    .map((w) => ({
      ...w.range,
      ...(w.days ? { days: w.days } : {}),
      ...(w.dates ? { dates: w.dates } : {}),
    }));
}

/** A whole request plus the clock reading to run it at. */
export const slotCase: fc.Arbitrary<{ request: SlotRequest; now: Instant }> = fc
  .record({
    anchor: fc.constantFrom(...ANCHORS),
    shift: fc.integer({ min: -2, max: 2 }),
    length: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ anchor, shift, length }) => {
    const first = addDays(anchor, shift);
    const hours = fc
      .record({ days, range: wallRange, zone: fc.constantFrom(...ZONES) })
      .map((h) => ({ days: h.days, ...h.range, zone: h.zone }));
    const attendee = (i: number): fc.Arbitrary<Attendee> =>
      fc
        .record({
          required: fc.boolean(),
          busy: busyBlocks(first, length, 8),
          hours: fc.option(hours, { nil: undefined }),
        })
        .map((a) => ({
          id: `p${i}`,
          displayName: `Person ${i % 3}`,
          required: a.required,
          busy: a.busy,
          ...(a.hours ? { workingHours: a.hours } : {}),
        }));
    const roomArb = (i: number): fc.Arbitrary<RoomCandidate> =>
      fc
        .record({
          capacity: fc.integer({ min: 3, max: 12 }),
          features: fc.subarray(FEATURES),
          busy: busyBlocks(first, length, 5),
        })
        .map((r) => ({
          id: `r${i}`,
          name: `Room ${i}`,
          ...r,
        }));
    return fc
      .record({
        schoolZone: fc.oneof(
          { weight: 3, arbitrary: fc.constant(LONDON) },
          { weight: 1, arbitrary: fc.constantFrom(...ZONES) },
        ),
        weekdays: fc.oneof(fc.constant<Weekday[]>([1, 2, 3, 4, 5, 7]), fc.constant(DAYS), days),
        day: wallRange,
        extendedDay: fc.option(wallRange, { nil: undefined }),
        useExtendedDay: fc.boolean(),
        // Usually one term covering the search, sometimes a second that may not.
        terms: fc
          .tuple(
            fc.integer({ min: -3, max: 1 }),
            fc.integer({ min: -2, max: 6 }),
            fc.array(dateRangeNear(first, 6, 20), { maxLength: 1 }),
          )
          .map(([a, b, more]) => [{ first: addDays(first, a), last: addDays(first, length + b) }, ...more]),
        closures: fc.array(dateRangeNear(first, 4, 1), { maxLength: 2 }),
        attendees: fc
          .integer({ min: 0, max: 4 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => attendee(i)))),
        rooms: fc
          .integer({ min: 0, max: 3 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => roomArb(i)))),
        roomFeatures: fc.subarray(FEATURES, { maxLength: 1 }),
        familyZone: fc.constantFrom(...ZONES),
        preferred: fc.array(familyWindow(first, length), { maxLength: 2 }),
        acceptable: fc.array(familyWindow(first, length), { maxLength: 3 }),
        avoidDates: fc.array(dateRangeNear(first, 3, 1), { maxLength: 2 }),
        avoidDays: fc.subarray(DAYS, { maxLength: 2 }),
        partySize: fc.integer({ min: 0, max: 4 }),
        format: fc.constantFrom("inPerson" as const, "online" as const, "hybrid" as const),
        minutes: fc.constantFrom(15, 30, 45, 60, 90),
        extraMinutes: fc.constantFrom(0, 15),
        before: fc.constantFrom(0, 5, 15),
        after: fc.constantFrom(0, 5, 15),
        granularity: fc.constantFrom(5, 10, 15, 30, 60),
        maxSlots: fc.integer({ min: 1, max: 6 }),
        tentative: fc.constantFrom("blocks" as const, "allowed" as const),
        notice: fc.integer({ min: 0, max: 3 }),
        nowOffsetMinutes: fc.integer({ min: -8 * 1440, max: 1440 }),
      })
      .map((g) => ({
        now: (first * DAY_MS + g.nowOffsetMinutes * MINUTE_MS) as Instant,
        request: {
          school: {
            zone: g.schoolZone,
            terms: g.terms,
            closures: g.closures,
            weekdays: g.weekdays,
            day: g.day,
            ...(g.extendedDay ? { extendedDay: g.extendedDay } : {}),
          },
          meeting: {
            format: g.format,
            minutes: g.minutes,
            extraMinutes: g.extraMinutes,
            bufferBeforeMinutes: g.before,
            bufferAfterMinutes: g.after,
          },
          attendees: g.attendees,
          rooms: g.rooms,
          roomFeatures: g.roomFeatures,
          family: {
            zone: g.familyZone,
            preferred: g.preferred,
            acceptable: g.acceptable,
            avoidDates: g.avoidDates,
            avoidDays: g.avoidDays,
            partySize: g.partySize,
          },
          noticeWorkingDays: g.notice,
          search: { first, last: addDays(first, length - 1) },
          granularityMinutes: g.granularity,
          maxSlots: g.maxSlots,
          tentative: g.tentative,
          useExtendedDay: g.useExtendedDay,
        },
      }));
  });
