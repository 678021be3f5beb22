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

export const LONDON = ianaZone("Europe/London");
