import { dateTimeFormat } from "../time/format";
import type { Instant } from "../time/instant";
import type { Weekday } from "../time/localDate";
import type { IanaZone } from "../time/zone";

/*
 * An independent reading of local clocks straight from Intl (always with an explicit zone), used
 * by property tests to check the engine's own integer zone arithmetic. Tests only.
 */

/** A local date, wall time and weekday as Intl reports them. */
export interface ClockReading {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly minutes: number;
  readonly weekday: Weekday;
}

const readings = new Map<string, ClockReading>();
const WEEKDAYS: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** What a wall clock and calendar in `zone` show at `at`. */
export function readClock(at: Instant | number, zone: IanaZone): ClockReading {
  const key = `${zone}|${at}`;
  const hit = readings.get(key);
  if (hit) return hit;
  const format = dateTimeFormat("en-GB", zone, {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    weekday: "short",
  });
  const parts: Record<string, string> = {};
  for (const p of format.formatToParts(at)) parts[p.type] = p.value;
  const reading: ClockReading = {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 1,
  };
  readings.set(key, reading);
  return reading;
}
