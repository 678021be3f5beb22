import type { HostContext } from "../domain/ports/host";
import { resolveLocale } from "../domain/time/format";
import type { IanaZone } from "../domain/time/zone";
import { useServices } from "./services";

/** The school's language for dates when a deployment sets none (`VITE_SCHOOL_LOCALE`). */
export const DEFAULT_SCHOOL_LOCALE = "en-GB";

/**
 * The locale staff dates and times are written in: the one Teams or Outlook reports for the user,
 * otherwise the school's. A plain browser's language is an accident of how the computer was set up
 * (an en-US default shows "12/1/2026" to a UK school), so it is never used.
 */
export function staffLocale(context: Pick<HostContext, "kind" | "locale">, schoolLocale: string): string {
  const school = resolveLocale(schoolLocale, DEFAULT_SCHOOL_LOCALE);
  return context.kind === "standalone" ? school : resolveLocale(context.locale, school);
}

/** How staff screens write dates: the school's zone and {@link staffLocale}, from one place. */
export function useDateFormat(): { readonly locale: string; readonly zone: IanaZone } {
  const { host, schoolZone, schoolLocale } = useServices();
  return { locale: staffLocale(host.context, schoolLocale ?? DEFAULT_SCHOOL_LOCALE), zone: schoolZone };
}
