import { DAY_MS, type Instant, MINUTE_MS } from "./instant";
import type { Interval } from "./interval";
import { addDays, type LocalDate, type Weekday, weekdayOf } from "./localDate";
import type { WallTime } from "./wallTime";
import type { IanaZone } from "./zone";
import { dayOffsetSpans, offsetMinutesAt } from "./zoneOffset";

/** What a zone's clocks and calendars show at an instant. */
export interface LocalParts {
  readonly date: LocalDate;
  readonly minutes: WallTime;
  readonly weekday: Weekday;
  readonly offsetMinutes: number;
}

/** The local date, wall time and weekday of an instant in a zone. */
export function localParts(at: Instant, zone: IanaZone): LocalParts {
  const offsetMinutes = offsetMinutesAt(zone, at);
  const local = at + offsetMinutes * MINUTE_MS;
  const date = Math.floor(local / DAY_MS) as LocalDate;
  const minutes = Math.floor((local - date * DAY_MS) / MINUTE_MS) as WallTime;
  return { date, minutes, weekday: weekdayOf(date), offsetMinutes };
}

/**
 * How a wall time on a date maps to instants:
 * - `unique`: the usual case;
 * - `repeated`: it happens twice when the clocks go back (London, late October, 01:00–01:59);
 * - `skipped`: it never happens because the clocks went forward (London, late March, 01:00–01:59);
 *   `transitionAt` is the instant the clocks jumped over it.
 */
export type WallTimeResolution =
  | { readonly kind: "unique"; readonly at: Instant }
  | { readonly kind: "repeated"; readonly earlier: Instant; readonly later: Instant }
  | { readonly kind: "skipped"; readonly transitionAt: Instant };

/** Every instant at which a zone's clocks show `minutes` on `date` (none, one or two). */
export function resolveWallTime(date: LocalDate, minutes: WallTime, zone: IanaZone): WallTimeResolution {
  // 24:00 is the next day's midnight.
  const day = minutes >= 1440 ? addDays(date, 1) : date;
  const wallMs = day * DAY_MS + (minutes % 1440) * MINUTE_MS;
  const spans = dayOffsetSpans(zone, day);
  const hits: Instant[] = [];
  for (const span of spans) {
    const at = wallMs - span.offsetMinutes * MINUTE_MS;
    if (span.start <= at && at < span.end) hits.push(at as Instant);
  }
  const [first, second] = hits;
  if (first !== undefined && second !== undefined) return { kind: "repeated", earlier: first, later: second };
  if (first !== undefined) return { kind: "unique", at: first };
  // Not shown by any span: find the forward jump whose skipped wall times contain it.
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1];
    const after = spans[i];
    if (before === undefined || after === undefined) continue;
    const from = after.start + before.offsetMinutes * MINUTE_MS;
    const to = after.start + after.offsetMinutes * MINUTE_MS;
    if (from <= wallMs && wallMs < to) return { kind: "skipped", transitionAt: after.start };
  }
  throw new RangeError(`Wall time ${minutes} on day ${date} cannot be placed in ${zone}`);
}

/** Which of the two instants to take for a repeated wall time, or `reject` to refuse it. */
export type Disambiguation = "earlier" | "later" | "reject";

/** The instant for a wall time, or why there is none. */
export type ZonedInstant =
  | { readonly ok: true; readonly at: Instant }
  | { readonly ok: false; readonly reason: "skipped" | "repeated"; readonly resolution: WallTimeResolution };

/**
 * Converts a local date and wall time to an instant. A wall time inside a spring-forward gap does
 * not exist and is reported, never shifted; a repeated one is resolved by `disambiguation`.
 */
export function toInstant(
  date: LocalDate,
  minutes: WallTime,
  zone: IanaZone,
  disambiguation: Disambiguation,
): ZonedInstant {
  const resolution = resolveWallTime(date, minutes, zone);
  switch (resolution.kind) {
    case "unique":
      return { ok: true, at: resolution.at };
    case "skipped":
      return { ok: false, reason: "skipped", resolution };
    case "repeated":
      if (disambiguation === "reject") return { ok: false, reason: "repeated", resolution };
      return { ok: true, at: disambiguation === "earlier" ? resolution.earlier : resolution.later };
  }
}

/**
 * The instants on `date` whose local wall time lies in [from, to), in order. Usually one
 * interval; none of a spring-forward gap is included, and when the clocks go back a window
 * covering the repeated hour covers both passes through it (so it may come back as two pieces,
 * and lasts longer in real time than on the clock).
 */
export function wallRangeIntervals(
  date: LocalDate,
  from: WallTime,
  to: WallTime,
  zone: IanaZone,
): Interval[] {
  const out: Interval[] = [];
  if (to <= from) return out;
  const midnight = date * DAY_MS;
  for (const span of dayOffsetSpans(zone, date)) {
    const shift = span.offsetMinutes * MINUTE_MS;
    const start = Math.max(span.start, midnight + from * MINUTE_MS - shift);
    const end = Math.min(span.end, midnight + to * MINUTE_MS - shift);
    if (start >= end) continue;
    const last = out[out.length - 1];
    if (last && last.end === start) out[out.length - 1] = { start: last.start, end: end as Instant };
    else out.push({ start: start as Instant, end: end as Instant });
  }
  return out;
}

/** The first instant of a local date (midnight, or whenever the day really begins). */
export function startOfLocalDay(date: LocalDate, zone: IanaZone): Instant {
  const first = wallRangeIntervals(date, 0 as WallTime, 1440 as WallTime, zone)[0];
  if (!first) throw new RangeError(`Day ${date} does not exist in ${zone}`);
  return first.start;
}
