import { z } from "zod";
import type { SchoolCalendar } from "../scheduling/request";
import { type LocalDate, localDateFromIso, localDateToIso, type Weekday } from "../time/localDate";
import { type WallTime, wallTimeFromHhmm, wallTimeToHhmm } from "../time/wallTime";
import { ianaZone } from "../time/zone";

const isoDate = z.string().regex(/^\d{4}-\d\d-\d\d$/);
const hhmm = z.string().regex(/^\d\d:\d\d$/);
const range = z.object({ first: isoDate, last: isoDate });
const wallRange = z.object({ from: hhmm, to: hhmm });

/** The school calendar as kept in the settings list: ISO dates and HH:MM, readable by an administrator. */
const schema = z.object({
  zone: z.string(),
  terms: z.array(range),
  closures: z.array(range),
  weekdays: z.array(z.number().int().min(1).max(7)),
  day: wallRange,
  extendedDay: wallRange.optional(),
});

export type SchoolCalendarJson = z.infer<typeof schema>;

const dates = (r: { first: string; last: string }) => ({
  first: localDateFromIso(r.first),
  last: localDateFromIso(r.last),
});
const walls = (r: { from: string; to: string }) => ({
  from: wallTimeFromHhmm(r.from),
  to: wallTimeFromHhmm(r.to),
});

/** Reads the stored calendar; throws a RangeError naming what is wrong. */
export function schoolCalendarFromJson(json: unknown): SchoolCalendar {
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new RangeError(`The school calendar setting is not valid: ${parsed.error.issues[0]?.message}`);
  const c = parsed.data;
  return {
    zone: ianaZone(c.zone),
    terms: c.terms.map(dates),
    closures: c.closures.map(dates),
    weekdays: c.weekdays as Weekday[],
    day: walls(c.day),
    ...(c.extendedDay ? { extendedDay: walls(c.extendedDay) } : {}),
  };
}

export function schoolCalendarToJson(c: SchoolCalendar): SchoolCalendarJson {
  const iso = (r: { first: LocalDate; last: LocalDate }) => ({
    first: localDateToIso(r.first),
    last: localDateToIso(r.last),
  });
  const hm = (r: { from: WallTime; to: WallTime }) => ({
    from: wallTimeToHhmm(r.from),
    to: wallTimeToHhmm(r.to),
  });
  return {
    zone: c.zone,
    terms: c.terms.map(iso),
    closures: c.closures.map(iso),
    weekdays: [...c.weekdays],
    day: hm(c.day),
    ...(c.extendedDay ? { extendedDay: hm(c.extendedDay) } : {}),
  };
}
