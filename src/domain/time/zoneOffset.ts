import { tzOffset } from "@date-fns/tz";
import { DAY_MS, HOUR_MS, type Instant, MINUTE_MS } from "./instant";
import type { LocalDate } from "./localDate";
import type { IanaZone } from "./zone";

/** A stretch of time over which a zone's UTC offset does not change. */
export interface OffsetSpan {
  readonly start: Instant;
  readonly end: Instant;
  /** Minutes to add to UTC to get local time (London in summer: 60). */
  readonly offsetMinutes: number;
}

/** Offsets around one UTC hour; `changeAt` is where it switches, or NO_CHANGE. */
interface HourEntry {
  readonly before: number;
  readonly changeAt: number;
  readonly after: number;
}

const NO_CHANGE = Number.MAX_SAFE_INTEGER;
// Zone offsets run from UTC-12 to UTC+14, so every instant of a local day lies in this window.
const DAY_LEAD_MS = 14 * HOUR_MS;
const DAY_TAIL_MS = 12 * HOUR_MS;
// Bounds memory in a long-lived tab; refilling is cheap compared with the Intl call it saves.
const MAX_ENTRIES_PER_ZONE = 100_000;

const hourCache = new Map<string, Map<number, HourEntry>>();
const dayCache = new Map<string, Map<number, readonly OffsetSpan[]>>();

function rawOffset(zone: IanaZone, ms: number): number {
  const minutes = tzOffset(zone, new Date(ms));
  if (Number.isNaN(minutes)) throw new RangeError(`No offset for zone ${zone}`);
  // Only pre-1900 local mean times have second-level offsets; rounding keeps instants integral.
  return Math.round(minutes);
}

function zoneMap<T>(cache: Map<string, Map<number, T>>, zone: IanaZone): Map<number, T> {
  let map = cache.get(zone);
  if (!map || map.size > MAX_ENTRIES_PER_ZONE) {
    map = new Map();
    cache.set(zone, map);
  }
  return map;
}

/**
 * Offsets within one UTC hour. Real transitions happen on whole minutes, at most once an hour,
 * so two Intl lookups (start and last minute) plus a bisection when they differ are exact.
 */
function hourEntry(zone: IanaZone, hour: number): HourEntry {
  const map = zoneMap(hourCache, zone);
  const hit = map.get(hour);
  if (hit) return hit;
  const start = hour * HOUR_MS;
  const before = rawOffset(zone, start);
  const after = rawOffset(zone, start + HOUR_MS - MINUTE_MS);
  let changeAt = NO_CHANGE;
  if (before !== after) {
    let lo = 0;
    let hi = 59;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (rawOffset(zone, start + mid * MINUTE_MS) === before) lo = mid;
      else hi = mid;
    }
    changeAt = start + hi * MINUTE_MS;
  }
  const entry = { before, changeAt, after };
  map.set(hour, entry);
  return entry;
}

/** The zone's UTC offset in minutes at an instant (cached per zone and hour). */
export function offsetMinutesAt(zone: IanaZone, at: Instant): number {
  const entry = hourEntry(zone, Math.floor(at / HOUR_MS));
  return at < entry.changeAt ? entry.before : entry.after;
}

/** Splits [from, to) into stretches of constant offset, in order. */
export function offsetSpans(zone: IanaZone, from: Instant, to: Instant): OffsetSpan[] {
  const spans: OffsetSpan[] = [];
  if (to <= from) return spans;
  let spanStart: number = from;
  let offset = offsetMinutesAt(zone, from);
  for (let hour = Math.floor(from / HOUR_MS); hour * HOUR_MS < to; hour++) {
    const entry = hourEntry(zone, hour);
    const hourStart = hour * HOUR_MS;
    if (hourStart > from && entry.before !== offset) {
      spans.push({ start: spanStart as Instant, end: hourStart as Instant, offsetMinutes: offset });
      spanStart = hourStart;
      offset = entry.before;
    }
    if (entry.changeAt !== NO_CHANGE && entry.changeAt > from && entry.changeAt < to) {
      spans.push({ start: spanStart as Instant, end: entry.changeAt as Instant, offsetMinutes: offset });
      spanStart = entry.changeAt;
      offset = entry.after;
    }
  }
  spans.push({ start: spanStart as Instant, end: to, offsetMinutes: offset });
  return spans;
}

/**
 * Constant-offset stretches covering every instant whose local date is `date` (and some either
 * side). Cached per zone and date: each local day is worked out once per session.
 */
export function dayOffsetSpans(zone: IanaZone, date: LocalDate): readonly OffsetSpan[] {
  const map = zoneMap(dayCache, zone);
  const hit = map.get(date);
  if (hit) return hit;
  const midnightUtc = date * DAY_MS;
  const spans = offsetSpans(
    zone,
    (midnightUtc - DAY_LEAD_MS) as Instant,
    (midnightUtc + DAY_MS + DAY_TAIL_MS) as Instant,
  );
  map.set(date, spans);
  return spans;
}
