/**
 * A calendar date with no time or zone, as whole days since 1970-01-01. An integer, so date
 * arithmetic and comparisons in the slot engine need no Date objects. Branded so it cannot be
 * mixed up with an instant or a count of minutes.
 */
export type LocalDate = number & { readonly __brand: "LocalDate" };

/** ISO day of the week: Monday = 1 … Sunday = 7 (Graph and most school systems count this way). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Year, month (1–12) and day (1–31) of a {@link LocalDate}. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic Gregorian calendar.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The year, month and day of a date. */
export function dateParts(date: LocalDate): DateParts {
  const z = date + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Makes a date from its parts; rejects impossible dates such as 31 April instead of rolling over. */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (![year, month, day].every(Number.isInteger))
    throw new RangeError(`Not a date: ${year}-${month}-${day}`);
  const days = daysFromCivil(year, month, day);
  const back = dateParts(days as LocalDate);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new RangeError(`Not a date: ${year}-${month}-${day}`);
  }
  return days as LocalDate;
}

/** Parses `YYYY-MM-DD`. */
export function localDateFromIso(iso: string): LocalDate {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Formats as `YYYY-MM-DD`. */
export function localDateToIso(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The ISO weekday of a date (1970-01-01 was a Thursday). */
export function weekdayOf(date: LocalDate): Weekday {
  return (((((date + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return (date + days) as LocalDate;
}

/** An inclusive run of dates, e.g. a term or a half-term closure. */
export interface DateRange {
  readonly first: LocalDate;
  readonly last: LocalDate;
}

/** Whether `date` falls within the inclusive range. */
export function inDateRange(range: DateRange, date: LocalDate): boolean {
  return range.first <= date && date <= range.last;
}
