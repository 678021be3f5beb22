/** "Tuesday 1 December, 15:30–16:30" in the given zone and language. */
export function formatSlot(start: number, end: number, zone: string, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(start);
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: "numeric", minute: "2-digit" });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

/** A short zone label such as "GMT" or "GMT+4", for saying whose clock a time is on. */
export function zoneLabel(at: number, zone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

/** ISO date (YYYY-MM-DD) of an instant in a zone, for date inputs. */
export function isoDateIn(at: number, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}
