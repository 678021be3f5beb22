/**
 * An offered time as the family reads it: "Tuesday 1 December, 3:30–4:30pm" in their zone and
 * language. The year is shown when it is not the year `now` is in, or always when `now` is null.
 */
export function slotText(start: number, end: number, zone: string, tag: string, now: number | null): string {
  const { day, time } = slotParts(start, end, zone, tag, now);
  return `${day}${/^(ar|ur|fa)\b/i.test(tag) ? "، " : ", "}${time}`;
}

/** The day and the time range of an offered time, apart, for showing on two lines. */
export function slotParts(
  start: number,
  end: number,
  zone: string,
  tag: string,
  now: number | null,
): { day: string; time: string } {
  const english = tag.toLowerCase().startsWith("en");
  const sameYear = now !== null && yearIn(start, zone) === yearIn(now, zone);
  const day = new Intl.DateTimeFormat(tag, {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(start);
  // English readers of plain-language letters expect "3:30pm"; other languages keep their own clock.
  const time = new Intl.DateTimeFormat(tag, {
    timeZone: zone,
    hour: "numeric",
    minute: "2-digit",
    ...(english ? { hourCycle: "h12" as const } : {}),
  }).formatRange(start, end);
  return { day, time: english ? compactEnglish(time) : time };
}

/** The zone's everyday name in the reader's language, e.g. "United Kingdom Time". */
export function zoneName(at: number, zone: string, tag: string): string {
  const parts = new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts(
    at,
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

function yearIn(at: number, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric" }).format(at);
}

/** "3:30 – 4:30 pm" → "3:30–4:30pm"; "11:30 am – 12:30 pm" → "11:30am–12:30pm". */
function compactEnglish(range: string): string {
  return range
    .replace(/\s*–\s*/g, "–")
    .replace(/[\s\u202f]*([ap])\.?m\.?/gi, (_, ap: string) => `${ap.toLowerCase()}m`);
}
