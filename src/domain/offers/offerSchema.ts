import { z } from "zod/mini";
import type { Instant } from "../time/instant";
import { type IanaZone, ianaZone } from "../time/zone";
import type { OfferPayload } from "./offerPayload";

/** Crockford base32 (no I, L, O, U), four and four: `CG-7K3M-Q9XD`. */
export const OFFER_REF = /^CG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

// Plain enough for a mailto: link with no escaping, which is all a school's reply address needs.
const EMAIL = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const PHONE = /^[+(0-9][0-9 ()-]{4,24}$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const CONTROL = /\p{Cc}/u;
// Latest instant a Date can hold; anything later is not a time anyone can mean.
const MAX_INSTANT = 8_640_000_000_000_000;

const isZone = (name: string): boolean => {
  try {
    ianaZone(name);
    return true;
  } catch (cause) {
    if (cause instanceof RangeError) return false;
    throw cause;
  }
};

const isLanguageTag = (tag: string): boolean => {
  if (!LANG.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch (cause) {
    if (cause instanceof RangeError) return false;
    throw cause;
  }
};

/** Text a person will read: not blank, no control characters, bounded. */
const text = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((s) => s.trim().length > 0, "must not be blank"),
    z.refine((s) => !CONTROL.test(s), "must not contain control characters"),
  );

const instantSchema = z.int().check(z.gte(0), z.lte(MAX_INSTANT));

const slot = z
  .strictObject({ start: instantSchema, end: instantSchema })
  .check(z.refine((s) => s.start < s.end, "a time must end after it starts"));

const schema = z.strictObject({
  v: z.literal(1),
  ref: z.string().check(z.regex(OFFER_REF, "not a reference like CG-XXXX-XXXX")),
  school: z.strictObject({
    name: text(120),
    replyTo: z.string().check(z.maxLength(254), z.regex(EMAIL, "not an email address")),
    phone: z.string().check(z.regex(PHONE, "not a phone number")),
  }),
  purpose: text(400),
  people: z
    .array(z.strictObject({ name: text(100), role: text(100) }))
    .check(z.minLength(1), z.maxLength(12)),
  format: z.enum(["inPerson", "online", "hybrid"]),
  lang: z.string().check(z.maxLength(35), z.refine(isLanguageTag, "not a language tag")),
  zone: z.string().check(z.maxLength(64), z.refine(isZone, "not an IANA time zone")),
  slots: z.array(slot).check(z.minLength(1), z.maxLength(6)),
  expires: instantSchema,
  jurisdiction: z.enum(["scotland", "england"]),
});

export type OfferCheck =
  | { readonly ok: true; readonly offer: OfferPayload }
  | { readonly ok: false; readonly detail: string };

/** Checks every field of a decoded offer; the detail names the first problem, for support and tests. */
export function checkOffer(json: unknown): OfferCheck {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      detail: issue ? `${issue.path.join(".") || "offer"}: ${issue.message}` : "invalid offer",
    };
  }
  const o = parsed.data;
  // The refinements above proved the brands; the casts only record that.
  return {
    ok: true,
    offer: {
      ...o,
      zone: o.zone as IanaZone,
      slots: o.slots.map((s) => ({ start: s.start as Instant, end: s.end as Instant })),
      expires: o.expires as Instant,
    },
  };
}
