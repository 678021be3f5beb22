import { z } from "zod/mini";
import { isMeetingTypeId, type MeetingTypeId } from "../meetings/meetingTypeIds";
import type { Instant } from "../time/instant";
import { type IanaZone, isIanaZone } from "../time/zone";
import type { OfferPayload } from "./offerPayload";

/** Crockford base32 (no I, L, O, U), four and four: `CG-7K3M-Q9XD`. */
export const OFFER_REF = /^CG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

// Plain enough for a mailto: link with no escaping, which is all a school's reply address needs.
const EMAIL = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const CONTROL = /\p{Cc}/u;
const DIGIT = /\p{Nd}/gu;
/*
 * Who is coming is the one piece of staff-made text the page shows from a link, and anyone can
 * make a link: names and roles may hold no address and too few digits for a phone number, so a
 * forged link cannot use them to send a family to someone else. Real roles ("Class teacher (P2)")
 * need a digit or two; a phone number needs at least seven.
 */
const MAX_DIGITS_IN_A_ROLE = 4;
const MAX_DIGITS_IN_PEOPLE = 6;
const digits = (s: string) => s.match(DIGIT)?.length ?? 0;
// Latest instant a Date can hold; anything later is not a time anyone can mean.
const MAX_INSTANT = 8_640_000_000_000_000;

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

const person = z.strictObject({
  name: text(100).check(
    z.refine((s) => digits(s) === 0, "must not contain digits"),
    z.refine((s) => !s.includes("@"), "must not contain an address"),
  ),
  role: text(100).check(
    z.refine(
      (s) => digits(s) <= MAX_DIGITS_IN_A_ROLE,
      `must not contain more than ${MAX_DIGITS_IN_A_ROLE} digits`,
    ),
    z.refine((s) => !s.includes("@"), "must not contain an address"),
  ),
});

const schema = z.strictObject({
  v: z.literal(2),
  ref: z.string().check(z.regex(OFFER_REF, "not a reference like CG-XXXX-XXXX")),
  type: z.string().check(z.maxLength(40), z.refine(isMeetingTypeId, "not a meeting type in the catalogue")),
  replyTo: z.string().check(z.maxLength(254), z.regex(EMAIL, "not an email address")),
  people: z.array(person).check(
    z.minLength(1),
    z.maxLength(12),
    z.refine(
      (ps) => ps.reduce((n, p) => n + digits(p.role), 0) <= MAX_DIGITS_IN_PEOPLE,
      `must not contain more than ${MAX_DIGITS_IN_PEOPLE} digits in all`,
    ),
  ),
  format: z.enum(["inPerson", "online", "hybrid"]),
  lang: z.string().check(z.maxLength(35), z.refine(isLanguageTag, "not a language tag")),
  zone: z.string().check(z.maxLength(64), z.refine(isIanaZone, "not an IANA time zone")),
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
      type: o.type as MeetingTypeId,
      zone: o.zone as IanaZone,
      slots: o.slots.map((s) => ({ start: s.start as Instant, end: s.end as Instant })),
      expires: o.expires as Instant,
    },
  };
}
