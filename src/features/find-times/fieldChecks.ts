import { staffText } from "../../domain/i18n/staffMessages";
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
  if (minutes === null || !Number.isFinite(minutes))
    return problem(staffText("findTimes.check.lengthMissing"));
  if (!Number.isInteger(minutes)) return problem(staffText("findTimes.check.lengthWhole"));
  if (minutes < min) return problem(staffText("findTimes.check.lengthShort", { min }));
  if (minutes > max) return problem(staffText("findTimes.check.lengthLong", { max, hours: max / 60 }));
  return ok(minutes);
}

/** How many come for the family, as typed; refused like the length. */
export function partySize(people: number | null): Parsed<number> {
  const { min, max } = PARTY_LIMITS;
  if (people === null || !Number.isFinite(people)) return problem(staffText("findTimes.check.partyMissing"));
  if (!Number.isInteger(people)) return problem(staffText("findTimes.check.partyWhole"));
  if (people < min) return problem(staffText("findTimes.check.partySmall", { min }));
  if (people > max) return problem(staffText("findTimes.check.partyLarge", { max }));
  return ok(people);
}

export function familyZone(name: string): Parsed<IanaZone> {
  try {
    return ok(ianaZone(name.trim()));
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    return problem(
      name.trim()
        ? staffText("findTimes.check.zoneUnknown", { name })
        : staffText("findTimes.check.zoneMissing"),
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
  if (!isIsoDate(from)) out.from = staffText("findTimes.check.fromMissing");
  if (!isIsoDate(to)) out.to = staffText("findTimes.check.toMissing");
  if (out.from || out.to) return out;
  // ISO dates compare correctly as text.
  const tomorrow = localDateToIso(addDays(localDateFromIso(today), 1));
  if (to < tomorrow) return { from: staffText("findTimes.check.allPast") };
  if (from < tomorrow) return { from: staffText("findTimes.check.fromPast") };
  if (to < from) return { to: staffText("findTimes.check.toBeforeFrom") };
  const days = localDateFromIso(to) - localDateFromIso(from) + 1;
  if (days > SLOT_LIMITS.maxSearchDays) {
    return { to: staffText("findTimes.check.tooManyDays", { days: SLOT_LIMITS.maxSearchDays }) };
  }
  return {};
}

/** A number box's text as a number; null when it is empty or not a number, so it can be refused. */
export function typedNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
