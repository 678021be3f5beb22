import type { Instant } from "../../domain/time/instant";
import { addDays, localDateFromIso } from "../../domain/time/localDate";
import type { IanaZone } from "../../domain/time/zone";
import { startOfLocalDay } from "../../domain/time/zonedTime";

const ISO = /^\d{4}-\d\d-\d\d$/;

/** The start of a date typed in a date field, in the school's zone; undefined when blank or not a date. */
export function dayStart(iso: string, zone: IanaZone): Instant | undefined {
  return ISO.test(iso) ? startOfLocalDay(localDateFromIso(iso), zone) : undefined;
}

/** The end of a date (the next day's start), so a range "to 3 March" includes all of 3 March. */
export function dayEnd(iso: string, zone: IanaZone): Instant | undefined {
  return ISO.test(iso) ? startOfLocalDay(addDays(localDateFromIso(iso), 1), zone) : undefined;
}
