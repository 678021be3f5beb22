import { formatFamilyTimeRange, formatLongDate, formatZoneName, yearIn } from "../domain/time/format";

/**
 * An offered time as the family reads it: "Tuesday 1 December, 3:30–4:30pm" in their zone and
 * language. The year is shown when it is not the year `now` is in, or always when `now` is null.
 */
export function slotText(start: number, end: number, zone: string, tag: string, now: number | null): string {
  const { day, time } = slotParts(start, end, zone, tag, now);
  return `${day}${/^(ar|ur|fa)\b/i.test(tag) ? "، " : ", "}${time}`;
}

/** The day and the time range of an offered time, apart, for showing on two lines. */
export function slotParts(
  start: number,
  end: number,
  zone: string,
  tag: string,
  now: number | null,
): { day: string; time: string } {
  const sameYear = now !== null && yearIn(start, zone) === yearIn(now, zone);
  return {
    day: formatLongDate(start, zone, tag, !sameYear),
    time: formatFamilyTimeRange(start, end, zone, tag),
  };
}

/** The zone's everyday name in the reader's language, e.g. "United Kingdom Time". */
export const zoneName = formatZoneName;
