/** The one place dates are formatted for people: always in a named zone, in the reader's language. */
export function formatDateTime(epochMs: number, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(epochMs);
}
