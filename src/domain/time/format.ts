import { fallbackNames, NamedDateTimeFormat } from "./calendarNames";
import { DAY_MS } from "./instant";
import type { LocalDate } from "./localDate";

/*
 * The one place dates and times are put into words, for staff screens, family emails, the parent
 * page and the timeline alike. Every call names its zone and its locale: nothing here falls back on
 * the machine's zone or language, so the same instant reads the same on any computer.
 */

/** At most this many formatters are kept; the least recently used goes first. */
export const FORMATTER_CACHE_LIMIT = 64;

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * An `Intl.DateTimeFormat` for `locale` in `zone` with `options`, built once and reused: building
 * one costs far more than using it, and a week view formats hundreds of times a render.
 */
export function dateTimeFormat(
  locale: string,
  zone: string,
  options: Readonly<Omit<Intl.DateTimeFormatOptions, "timeZone">>,
): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${optionsKey(options)}`;
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place so the busiest formatters are the last to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const names = fallbackNames(locale);
  const made = names
    ? new NamedDateTimeFormat(names, { ...options, timeZone: zone })
    : new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
  if (cache.size >= FORMATTER_CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, made);
  return made;
}

/**
 * `tag` as a locale Intl has data for, or `fallback` when it is not a valid BCP 47 tag or Intl
 * would quietly put the runtime's own language in its place. For tags from outside (a host's
 * context, a link): long ones are refused before Intl reads them.
 */
export function resolveLocale(tag: string, fallback: string): string {
  if (tag.length === 0 || tag.length > 35) return fallback;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0) return canonical;
    // A family language this runtime has no data for, whose names we carry ourselves.
    if (canonical && fallbackNames(canonical)) return canonical;
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
  }
  return fallback;
}

/** How many formatters are kept now (for tests and the bench). */
export function cachedFormatterCount(): number {
  return cache.size;
}

function optionsKey(options: Readonly<Intl.DateTimeFormatOptions>): string {
  return Object.keys(options)
    .sort()
    .map((k) => `${k}=${String(options[k as keyof Intl.DateTimeFormatOptions])}`)
    .join(",");
}

const LONG_DAY = { weekday: "long", day: "numeric", month: "long" } as const;
const CLOCK = { hour: "numeric", minute: "2-digit" } as const;

/** "Tuesday 1 December" (en-GB), with the year too when `withYear`. */
export function formatLongDate(at: number, zone: string, locale: string, withYear = false): string {
  return dateTimeFormat(locale, zone, withYear ? { ...LONG_DAY, year: "numeric" } : LONG_DAY).format(at);
}

/** "15:30" (en-GB), "3:30 PM" (en-US): the locale's own clock. */
export function formatTime(at: number, zone: string, locale: string): string {
  return dateTimeFormat(locale, zone, CLOCK).format(at);
}

/** "15:30–16:30": the start and end on the locale's own clock. */
export function formatTimeRange(start: number, end: number, zone: string, locale: string): string {
  return `${formatTime(start, zone, locale)}–${formatTime(end, zone, locale)}`;
}

/** "Tuesday 1 December, 15:30–16:30": an offered or booked time. */
export function formatSlot(start: number, end: number, zone: string, locale: string): string {
  return `${formatLongDate(start, zone, locale)}, ${formatTimeRange(start, end, zone, locale)}`;
}

/** "Tuesday 1 December at 15:30": the start of a time in the locale's own long form. */
export function formatLongDateTime(at: number, zone: string, locale: string): string {
  return dateTimeFormat(locale, zone, { ...LONG_DAY, ...CLOCK }).format(at);
}

/** "Tue 1 Dec 2026, 15:30": when something happened, for lists and timelines. */
export function formatStamp(at: number, zone: string, locale: string): string {
  return dateTimeFormat(locale, zone, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...CLOCK,
  }).format(at);
}

/** "Mon 30 Nov": a calendar date on its own (no zone: a date is the same everywhere). */
export function formatShortDate(date: LocalDate, locale: string): string {
  return dateTimeFormat(locale, "UTC", { weekday: "short", day: "numeric", month: "short" }).format(
    date * DAY_MS,
  );
}

/** The zone's abbreviation at an instant, such as "GMT", "BST" or "GMT+4". */
export function formatZoneAbbreviation(at: number, zone: string, locale: string): string {
  return zonePart(at, zone, locale, "short");
}

/** The zone's everyday name in the reader's language, such as "United Kingdom Time". */
export function formatZoneName(at: number, zone: string, locale: string): string {
  return zonePart(at, zone, locale, "longGeneric");
}

function zonePart(at: number, zone: string, locale: string, style: "short" | "longGeneric"): string {
  const parts = dateTimeFormat(locale, zone, { timeZoneName: style }).formatToParts(at);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** The calendar year in `zone` at an instant. */
export function yearIn(at: number, zone: string): number {
  return Number(dateTimeFormat("en-GB", zone, { year: "numeric" }).format(at));
}

/** "2026-12-01": the date in `zone` at an instant, as date inputs and ISO want it. */
export function isoDateIn(at: number, zone: string): string {
  const parts = dateTimeFormat("en-GB", zone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * An offered time's range in plain-language letters and the parent page: English readers expect
 * "3:30–4:30pm" and "11:30am–12:30pm"; other languages keep their own clock and range style.
 */
export function formatFamilyTimeRange(start: number, end: number, zone: string, locale: string): string {
  const english = locale.toLowerCase().startsWith("en");
  const range = dateTimeFormat(locale, zone, english ? { ...CLOCK, hourCycle: "h12" } : CLOCK).formatRange(
    start,
    end,
  );
  return english ? compactEnglish(range) : range;
}

/** "3:30 – 4:30 pm" → "3:30–4:30pm"; "11:30 am – 12:30 pm" → "11:30am–12:30pm". */
function compactEnglish(range: string): string {
  return range
    .replace(/\s*–\s*/g, "–")
    .replace(/[\s\u202f]*([ap])\.?m\.?/gi, (_, ap: string) => `${ap.toLowerCase()}m`);
}

/** "Tuesday 1 December, 3:30pm" and "…, 3pm": British plain English, for written replies. */
export function formatEnglishSlotStart(at: number, zone: string): string {
  const parts = dateTimeFormat("en-GB", zone, { ...LONG_DAY, ...CLOCK, hour12: true }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const minute = part("minute");
  const time = `${part("hour")}${minute === "00" ? "" : `:${minute}`}${part("dayPeriod").toLowerCase().replace(/\W/g, "")}`;
  return `${part("weekday")} ${part("day")} ${part("month")}, ${time}`;
}
