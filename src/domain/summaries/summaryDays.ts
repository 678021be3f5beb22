import type { FamilyLocale } from "../i18n/locales";
import { intlTag } from "../i18n/messages";
import { formatLongDate } from "../time/format";
import { DAY_MS } from "../time/instant";
import { localDateFromIso } from "../time/localDate";
import type { SummaryAction } from "./summary";

/** A date written `YYYY-MM-DD` in the reader's language ("Friday, 18 December 2026"). */
export function formatDay(iso: string, locale: FamilyLocale): string {
  return formatLongDate(localDateFromIso(iso) * DAY_MS, "UTC", intlTag(locale), true);
}

/** The same day without its year ("Friday 18 December"), for a due date a few weeks off. */
export function formatDueDay(iso: string, locale: FamilyLocale): string {
  return formatLongDate(localDateFromIso(iso) * DAY_MS, "UTC", intlTag(locale));
}

/** Whether `s` is a chosen day (`YYYY-MM-DD`), not left empty. */
export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Whether the reader's household owns this action. */
export const isTheirs = (action: SummaryAction, carerIds: readonly string[]) =>
  action.owner.carerId !== "" && carerIds.includes(action.owner.carerId);

/** The actions the reader's household owns. */
export const actionsFor = (actions: readonly SummaryAction[], carerIds: readonly string[]) =>
  actions.filter((a) => isTheirs(a, carerIds));
