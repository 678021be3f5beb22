/** An IANA time-zone name such as `Europe/London`. Branded: validate with {@link ianaZone}. */
export type IanaZone = string & { readonly __brand: "IanaZone" };

const known = new Map<string, boolean>();

/** Validates an IANA zone name against the runtime's time-zone database. */
export function ianaZone(name: string): IanaZone {
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: name });
      ok = name.includes("/") || name === "UTC";
    } catch (cause) {
      if (!(cause instanceof RangeError)) throw cause;
      ok = false;
    }
    known.set(name, ok);
  }
  if (!ok) throw new RangeError(`Unknown IANA time zone: ${name}`);
  return name as IanaZone;
}

/** Whether `name` is a zone {@link ianaZone} accepts; for outside input (names over 64 characters are not). */
export function isIanaZone(name: string): boolean {
  if (name.length > 64) return false;
  try {
    ianaZone(name);
    return true;
  } catch (cause) {
    if (cause instanceof RangeError) return false;
    throw cause;
  }
}

export const LONDON = ianaZone("Europe/London");
