import { SLOT_LIMITS } from "../../domain/scheduling/limits";
import { addDays, localDateFromIso, localDateToIso } from "../../domain/time/localDate";
import { type IanaZone, ianaZone } from "../../domain/time/zone";

/** A field's value as the search needs it, or what is wrong with what was typed. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = <T>(text: string): Parsed<T> => ({ ok: false, problem: text });

/** A meeting with a family is at least this long; anything longer than half a day is a typing slip. */
export const LENGTH_LIMITS = { min: 5, max: 240 } as const;
/** Carers, supporters, an interpreter and the child: more than this is a typing slip. */
export const PARTY_LIMITS = { min: 1, max: 20 } as const;

/** The meeting's length as typed: refused, never rounded or replaced, when it is not a sensible number. */
export function typedLength(minutes: number | null): Parsed<number> {
  const { min, max } = LENGTH_LIMITS;
  if (minutes === null || !Number.isFinite(minutes)) return problem("Give the meeting's length in minutes.");
  if (!Number.isInteger(minutes)) return problem("Give the length in whole minutes, such as 45 or 60.");
  if (minutes < min) return problem(`A meeting must last at least ${min} minutes.`);
  if (minutes > max) return problem(`A meeting can last at most ${max} minutes (${max / 60} hours).`);
  return ok(minutes);
}

/** How many come for the family, as typed; refused like the length. */
export function partySize(people: number | null): Parsed<number> {
  const { min, max } = PARTY_LIMITS;
  if (people === null || !Number.isFinite(people)) return problem("Say how many people come for the family.");
  if (!Number.isInteger(people)) return problem("Give the number of people as a whole number.");
  if (people < min) return problem(`At least ${min} person comes for the family.`);
  if (people > max) return problem(`Count at most ${max} people for the family.`);
  return ok(people);
}

export function familyZone(name: string): Parsed<IanaZone> {
  try {
    return ok(ianaZone(name.trim()));
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    return problem(
      name.trim()
        ? `"${name}" is not a time zone name like Europe/London.`
        : "Give the family's time zone, like Europe/London.",
    );
  }
}

/** Whether a string is a real `YYYY-MM-DD` date (not 31 April). */
export function isIsoDate(text: string): boolean {
  try {
    localDateFromIso(text);
    return true;
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    return false;
  }
}

/**
 * What is wrong with the dates to search, given today's date at the school. Searching from today
 * is refused too: no meeting can be offered at such short notice, and saying so beats "no school days".
 */
export function datesProblems(from: string, to: string, today: string): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (!isIsoDate(from)) out.from = "Choose the first date to search.";
  if (!isIsoDate(to)) out.to = "Choose the last date to search.";
  if (out.from || out.to) return out;
  // ISO dates compare correctly as text.
  const tomorrow = localDateToIso(addDays(localDateFromIso(today), 1));
  if (to < tomorrow) return { from: "The dates to search are in the past: choose dates from tomorrow on." };
  if (from < tomorrow) return { from: "The first date is in the past: choose a date from tomorrow on." };
  if (to < from) return { to: "The last date must be on or after the first date." };
  const days = localDateFromIso(to) - localDateFromIso(from) + 1;
  if (days > SLOT_LIMITS.maxSearchDays) {
    return { to: `Search at most ${SLOT_LIMITS.maxSearchDays} days at a time: choose an earlier last date.` };
  }
  return {};
}

/** A number box's text as a number; null when it is empty or not a number, so it can be refused. */
export function typedNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
