import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Instant, MINUTE_MS } from "../time/instant";
import { addDays, type DateRange, type LocalDate, localDateFromIso, localDateToIso } from "../time/localDate";
import type { IanaZone } from "../time/zone";
import type { FreeBusyStatus, MeetingFormat, TentativePolicy } from "./freeBusy";
import { readClock } from "./intlClock";
import type { FamilyWindow, SlotRequest } from "./request";
import type { Slot } from "./result";
import { searchSlots } from "./searchSlots";
import { slotCase } from "./slotArbitraries";

const RUNS = { numRuns: 1000 };
/** A thousand generated school weeks each take a couple of seconds; under load, more than 5 s. */
const PROPERTY_TIME = { timeout: 30_000 };
type Case = { request: SlotRequest; now: Instant };
const slotsOf = (c: Case): readonly Slot[] => {
  const r = searchSlots(c.request, c.now);
  if (r.kind === "rejected") throw new Error(`generator made an invalid request: ${r.problems[0]?.message}`);
  return r.kind === "found" ? r.slots : [];
};

// The rules restated independently of the engine's code.
function blocksRequired(status: FreeBusyStatus, format: MeetingFormat, tentative: TentativePolicy): boolean {
  if (status === "free") return false;
  if (status === "tentative") return tentative === "blocks";
  if (status === "workingElsewhere") return format === "inPerson";
  return true;
}
const inRanges = (ranges: readonly DateRange[], date: string) =>
  ranges.some((r) => localDateToIso(r.first) <= date && date <= localDateToIso(r.last));
const iso = (date: LocalDate) => localDateToIso(date);

/** Instants every 5 minutes through the slot, plus its last minute. */
function samples(slot: Slot): number[] {
  const out: number[] = [];
  for (let t: number = slot.start; t < slot.end; t += 5 * MINUTE_MS) out.push(t);
  out.push(slot.end - MINUTE_MS);
  return out;
}

function isSchoolDay(req: SlotRequest, date: string, weekday: number): boolean {
  const s = req.school;
  return s.weekdays.includes(weekday as never) && inRanges(s.terms, date) && !inRanges(s.closures, date);
}

/** ISO weekday of a date, read from the UTC calendar rather than the engine's arithmetic. */
const weekdayOfIso = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The first school date the notice allows, counted independently. */
function noticeDate(c: Case): string {
  let date = localDateFromIso(readClock(c.now, c.request.school.zone).date);
  // Bounded like the engine's own scan: a calendar with too few school days offers nothing.
  for (let counted = 0, i = 0; counted < c.request.noticeWorkingDays; i++) {
    if (i > 400) return "9999-12-31";
    date = addDays(date, 1);
    if (isSchoolDay(c.request, iso(date), weekdayOfIso(iso(date)))) counted++;
  }
  return iso(date);
}

function windowHolds(w: FamilyWindow, date: string, weekday: number, minutes: number): boolean {
  const applies =
    (w.days === undefined && w.dates === undefined) ||
    (w.days?.includes(weekday as never) ?? false) ||
    (w.dates?.some((d) => iso(d) === date) ?? false);
  return applies && w.from <= minutes && minutes < w.to;
}

describe("slot engine properties", () => {
  let found = 0;

  it("never overlaps a required attendee's or its room's busy time (buffers included)", PROPERTY_TIME, () => {
    fc.assert(
      fc.property(slotCase, (c) => {
        const { meeting, attendees, rooms, roomFeatures, tentative, family } = c.request;
        const slots = slotsOf(c);
        if (slots.length > 0) found++;
        for (const slot of slots) {
          const from = slot.start - (meeting.bufferBeforeMinutes ?? 0) * MINUTE_MS;
          const to = slot.end + (meeting.bufferAfterMinutes ?? 0) * MINUTE_MS;
          for (const a of attendees.filter((x) => x.required)) {
            for (const b of a.busy) {
              if (blocksRequired(b.status, meeting.format, tentative))
                expect(b.start < to && from < b.end).toBe(false);
            }
          }
          if (meeting.format === "online") {
            expect(slot.room).toBeUndefined();
            continue;
          }
          const room = rooms.find((r) => r.id === slot.room?.id);
          expect(room).toBeDefined();
          if (!room) continue;
          expect(roomFeatures.every((f) => room.features.includes(f))).toBe(true);
          expect(room.capacity).toBeGreaterThanOrEqual(attendees.length + family.partySize);
          for (const b of room.busy)
            if (b.status !== "free") expect(b.start < to && from < b.end).toBe(false);
        }
        for (const [i, a] of slots.entries()) {
          for (const b of slots.slice(i + 1)) expect(a.start < b.end && b.start < a.end).toBe(false);
        }
      }),
      RUNS,
    );
    // Guard against a generator that only ever makes impossible requests.
    expect(found).toBeGreaterThan(RUNS.numRuns / 5);
  });

  it(
    "puts every slot inside working hours, the school day, term, the search and the family's windows",
    PROPERTY_TIME,
    () => {
      fc.assert(
        fc.property(slotCase, (c) => {
          const req = c.request;
          const { school, family } = req;
          const stated = family.preferred.length + family.acceptable.length > 0;
          const windows = [...family.preferred, ...family.acceptable];
          const earliest = noticeDate(c);
          for (const slot of slotsOf(c)) {
            expect(slot.start).toBeGreaterThanOrEqual(c.now);
            const first = readClock(slot.start, school.zone);
            expect(first.date >= iso(req.search.first) && first.date >= earliest).toBe(true);
            expect(readClock(slot.end - MINUTE_MS, school.zone).date <= iso(req.search.last)).toBe(true);
            for (const t of samples(slot)) {
              const s = readClock(t, school.zone);
              expect(isSchoolDay(req, s.date, s.weekday)).toBe(true);
              const core = school.dayByWeekday?.[s.weekday] ?? school.day;
              const extra = req.useExtendedDay ? school.extendedDay : undefined;
              const from = Math.min(core.from, extra?.from ?? core.from);
              const to = Math.max(core.to, extra?.to ?? core.to);
              expect(from <= s.minutes && s.minutes < to).toBe(true);
              for (const a of req.attendees) {
                const h = a.workingHours;
                if (!a.required || !h) continue;
                const w = readClock(t, h.zone);
                expect(h.days.includes(w.weekday) && h.from <= w.minutes && w.minutes < h.to).toBe(true);
              }
              const f = readClock(t, family.zone);
              expect(family.avoidDays.includes(f.weekday) || inRanges(family.avoidDates, f.date)).toBe(false);
              if (stated)
                expect(windows.some((w) => windowHolds(w, f.date, f.weekday, f.minutes))).toBe(true);
            }
          }
        }),
        RUNS,
      );
    },
  );

  it("gives the same answer whatever order the inputs come in", PROPERTY_TIME, () => {
    const shuffled = (c: Case, seed: number): SlotRequest => {
      let state = seed >>> 0;
      const random = () => {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        return state / 4_294_967_296;
      };
      const mix = <T>(list: readonly T[]): T[] => {
        const out = [...list];
        for (let i = out.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [out[i], out[j]] = [out[j] as T, out[i] as T];
        }
        return out;
      };
      const win = (w: FamilyWindow): FamilyWindow => ({
        ...w,
        ...(w.days ? { days: mix(w.days) } : {}),
        ...(w.dates ? { dates: mix(w.dates) } : {}),
      });
      const r = c.request;
      return {
        ...r,
        school: {
          ...r.school,
          terms: mix(r.school.terms),
          closures: mix(r.school.closures),
          weekdays: mix(r.school.weekdays),
        },
        attendees: mix(r.attendees).map((a) => ({
          ...a,
          busy: mix(a.busy),
          ...(a.workingHours ? { workingHours: { ...a.workingHours, days: mix(a.workingHours.days) } } : {}),
        })),
        rooms: mix(r.rooms).map((room) => ({ ...room, busy: mix(room.busy), features: mix(room.features) })),
        roomFeatures: mix(r.roomFeatures),
        family: {
          ...r.family,
          preferred: r.family.preferred.map(win),
          acceptable: mix(r.family.acceptable).map(win),
          avoidDates: mix(r.family.avoidDates),
          avoidDays: mix(r.family.avoidDays),
        },
      };
    };
    fc.assert(
      fc.property(slotCase, fc.integer(), (c, seed) => {
        expect(searchSlots(shuffled(c, seed), c.now)).toEqual(searchSlots(c.request, c.now));
      }),
      RUNS,
    );
  });

  it(
    "never starts in a clock-change gap or offers the repeated hour twice, and lasts real minutes",
    PROPERTY_TIME,
    () => {
      fc.assert(
        fc.property(slotCase, (c) => {
          const { school, family, meeting, granularityMinutes } = c.request;
          const length = (meeting.minutes + (meeting.extraMinutes ?? 0)) * MINUTE_MS;
          for (const slot of slotsOf(c)) {
            expect(slot.end - slot.start).toBe(length);
            const s = readClock(slot.start, school.zone);
            // The engine's own reading of the clocks agrees with Intl's.
            expect([iso(slot.schoolTime.date), slot.schoolTime.minutes]).toEqual([s.date, s.minutes]);
            const f = readClock(slot.start, family.zone);
            expect([iso(slot.familyTime.date), slot.familyTime.minutes]).toEqual([f.date, f.minutes]);
            // On the grid of the school's clock: a start is a wall time that exists, never a shifted one.
            expect(s.minutes % granularityMinutes).toBe(0);
            // Not a second showing of a wall time already shown that day, on either clock.
            for (const zone of [school.zone, family.zone] as IanaZone[]) {
              const here = readClock(slot.start, zone);
              for (let k = 1; k <= 8; k++) {
                const earlier = readClock(slot.start - k * 15 * MINUTE_MS, zone);
                expect(earlier.date === here.date && earlier.minutes === here.minutes).toBe(false);
              }
            }
          }
        }),
        RUNS,
      );
    },
  );
});
