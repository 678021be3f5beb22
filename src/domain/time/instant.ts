/**
 * A point in time as whole milliseconds since the Unix epoch (UTC). Branded so that a local
 * wall-clock number can never be passed where an instant is expected.
 */
export type Instant = number & { readonly __brand: "Instant" };

/** Minutes and milliseconds, for readable interval arithmetic on instants. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Brands a millisecond count as an instant. Rejects non-integers, which would hide a unit bug. */
export function instant(ms: number): Instant {
  if (!Number.isSafeInteger(ms)) throw new RangeError(`Not an instant: ${ms}`);
  return ms as Instant;
}

/** Parses an ISO-8601 string that carries an offset or `Z` (never a zone-less one). */
export function instantFromIso(iso: string): Instant {
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(iso)) throw new RangeError(`ISO time without offset: ${iso}`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO time: ${iso}`);
  return ms as Instant;
}

/** Formats as ISO-8601 UTC (`2026-03-29T01:00:00.000Z`). */
export function instantToIso(at: Instant): string {
  return new Date(at).toISOString();
}
