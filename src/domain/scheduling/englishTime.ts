import { dateParts, type LocalDate, type Weekday, weekdayOf } from "../time/localDate";
import type { WallRange } from "../time/wallTime";
import type { IanaZone } from "../time/zone";
import type { FamilyWindow } from "./request";

/*
 * Plain-English times and dates for reasons and explanations shown to staff (British usage:
 * "3:30pm", "Tuesday 13 January"). Built from integers, so no locale or zone of the machine
 * running it can change a word.
 */

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const COUNTS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"] as const;
const ORDINALS = ["first", "second", "third", "fourth", "fifth"] as const;

/** "9am", "3:30pm", "midday", "midnight". */
export function clockTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  if (m === 0) return "midnight";
  if (m === 720) return "midday";
  const h = Math.floor(m / 60);
  const mm = m % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${mm === 0 ? "" : `:${String(mm).padStart(2, "0")}`}${h < 12 ? "am" : "pm"}`;
}

/** "Tuesday". */
export function weekdayName(day: Weekday): string {
  return DAYS[day - 1] ?? "";
}

/** "13 January" (with the year when asked). */
export function dateText(date: LocalDate, withYear = false): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1] ?? ""}${withYear ? ` ${year}` : ""}`;
}

/** "Tuesday 13 January". */
export function dayDateText(date: LocalDate): string {
  return `${weekdayName(weekdayOf(date))} ${dateText(date)}`;
}

/** "between 5 and 30 January", "between 28 March and 14 April", "on 5 January". */
export function dateRangePhrase(first: LocalDate, last: LocalDate): string {
  if (first === last) return `on ${dateText(first)}`;
  const a = dateParts(first);
  const b = dateParts(last);
  if (a.year !== b.year) return `between ${dateText(first, true)} and ${dateText(last, true)}`;
  if (a.month !== b.month) return `between ${dateText(first)} and ${dateText(last)}`;
  return `between ${a.day} and ${dateText(last)}`;
}

/** "four" for small numbers, digits beyond ten. */
export function countWord(n: number): string {
  return COUNTS[n] ?? String(n);
}

/** "second", for the family's ranked choices. */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `number ${n}`;
}

/** "A, B or C" / "A, B and C". */
export function listPhrase(items: readonly string[], conjunction: "and" | "or"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** "weekdays", "Tuesdays or Thursdays", or "" for every day. */
export function daysPhrase(days: readonly Weekday[]): string {
  const set = [...new Set(days)].sort();
  if (set.length === 7 || set.length === 0) return "";
  if (set.join() === "1,2,3,4,5") return "weekdays";
  if (set.join() === "6,7") return "weekends";
  return listPhrase(
    set.map((d) => `${weekdayName(d)}s`),
    "or",
  );
}

/** "after 3:30pm", "before 9am", "9am to midday", or "" for the whole day. */
export function wallRangePhrase(range: WallRange): string {
  if (range.from === 0 && range.to >= 1440) return "";
  if (range.to >= 1440) return `after ${clockTime(range.from)}`;
  if (range.from === 0) return `before ${clockTime(range.to)}`;
  return `${clockTime(range.from)} to ${clockTime(range.to)}`;
}

/** "Tuesdays after 3:30pm", "14 January 9am to midday", or the family's own label in quotes. */
export function windowPhrase(window: FamilyWindow): string {
  if (window.label) return `“${window.label}”`;
  const when = [
    window.days ? daysPhrase(window.days) : "",
    window.dates
      ? listPhrase(
          [...new Set(window.dates)].sort((a, b) => a - b).map((d) => dateText(d)),
          "or",
        )
      : "",
  ].filter(Boolean);
  const parts = [listPhrase(when, "or"), wallRangePhrase(window)].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "any time";
}

/**
 * The family's windows in a fixed order: preferred as ranked, then acceptable sorted by time, so
 * sentences never depend on the order acceptable windows were entered.
 */
export function describedWindows(
  preferred: readonly FamilyWindow[],
  acceptable: readonly FamilyWindow[],
): FamilyWindow[] {
  const keyed = acceptable.map((w) => ({
    w,
    key: `${String(w.from).padStart(4, "0")}|${String(w.to).padStart(4, "0")}|${windowPhrase(w)}`,
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [...preferred, ...keyed.map((k) => k.w)];
}

/**
 * The family's windows as a scope for a sentence: "on Tuesdays or Thursdays after 3pm" when they
 * share their hours, otherwise "at the times the family gave (…; …)".
 */
export function familyScopePhrase(windows: readonly FamilyWindow[]): string {
  const [first] = windows;
  if (!first) return "during the school day";
  const sameHours = windows.every((w) => w.from === first.from && w.to === first.to && !w.dates && !w.label);
  if (sameHours && windows.every((w) => w.days)) {
    const days = daysPhrase(windows.flatMap((w) => w.days ?? []));
    const hours = wallRangePhrase(first);
    return [days ? `on ${days}` : "", hours].filter(Boolean).join(" ") || "at any time";
  }
  return `at the times the family gave (${windows.map(windowPhrase).join("; ")})`;
}

/** "New York" from "America/New_York", to say whose clock a time is on. */
export function zoneCity(zone: IanaZone): string {
  return (zone.split("/").pop() ?? zone).replaceAll("_", " ");
}
