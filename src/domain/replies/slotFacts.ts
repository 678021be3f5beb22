import { dateTimeFormat } from "../time/format";
import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";

/*
 * What a family sees of an offered time on their own clock: its weekday, date and start time in
 * the offer's zone. Read with Intl and an explicit zone, so the machine's zone never leaks in.
 */

/** An offered time as the family reads it. `index` is 1-based, as in a reply's choice. */
export interface SlotFacts {
  readonly index: number;
  /** ISO weekday: Monday 1 … Sunday 7. */
  readonly weekday: number;
  readonly day: number;
  readonly month: number;
  /** Minutes after local midnight when it starts. */
  readonly minutes: number;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function formatFor(zone: IanaZone): Intl.DateTimeFormat {
  return dateTimeFormat("en-GB", zone, {
    weekday: "short",
    day: "numeric",
    month: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
}

// The latest instant a Date can hold; Intl throws beyond it.
const MAX_DATE_MS = 8_640_000_000_000_000;

/** The facts of each offered time; a time that cannot be read (out of range) is left out. */
export function slotFacts(slots: readonly { readonly start: Instant }[], zone: IanaZone): SlotFacts[] {
  const format = formatFor(zone);
  const out: SlotFacts[] = [];
  slots.forEach((slot, i) => {
    if (!Number.isFinite(slot.start) || Math.abs(slot.start) > MAX_DATE_MS) return;
    const parts = format.formatToParts(slot.start);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    out.push({
      index: i + 1,
      weekday: WEEKDAYS.indexOf(get("weekday")) + 1,
      day: Number(get("day")),
      month: Number(get("month")),
      minutes: Number(get("hour")) * 60 + Number(get("minute")),
    });
  });
  return out;
}
