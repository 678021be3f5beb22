import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEETING_TYPES } from "../meetings/meetingTypes";
import { instant } from "../time/instant";
import { type IanaZone, ianaZone } from "../time/zone";
import { textToBase64url } from "./base64url";
import { crc32Hex } from "./crc32";
import { decodeOffer, encodeOffer, newReference } from "./offerLink";
import type { OfferPayload } from "./offerPayload";
import { OFFER_REF } from "./offerSchema";

const at = (iso: string) => instant(Date.parse(iso));

const offer: OfferPayload = {
  v: 2,
  ref: "CG-7K3M-Q9XD",
  type: "supportPlanReview",
  replyTo: "pupil.support@craigmount.example.sch.uk",
  people: [
    { name: "Aileen MacLeod", role: "Depute head teacher, who will chair the meeting" },
    { name: "Tomasz Wiśniewski", role: "Class teacher (P2)" },
    { name: "Dr Priya Raman", role: "Educational psychologist" },
    { name: "Siobhán Ní Bhriain", role: "Pupil support assistant" },
  ],
  format: "hybrid",
  lang: "pl",
  zone: ianaZone("Europe/London"),
  slots: [
    { start: at("2026-12-01T15:30:00Z"), end: at("2026-12-01T16:30:00Z") },
    { start: at("2026-12-03T09:00:00Z"), end: at("2026-12-03T10:00:00Z") },
    { start: at("2026-12-08T13:15:00Z"), end: at("2026-12-08T14:15:00Z") },
  ],
  expires: at("2026-11-30T17:00:00Z"),
  jurisdiction: "scotland",
};
const BEFORE = at("2026-11-23T09:00:00Z");

/** Signs any JSON as the link would, to prove the checks behind the checksum. */
const signed = (json: unknown) => {
  const body = `o2.${textToBase64url(JSON.stringify(json))}`;
  return `${body}.${crc32Hex(body)}`;
};

const CROCKFORD = [..."0123456789ABCDEFGHJKMNPQRSTVWXYZ"];
const ZONES = Intl.supportedValuesOf("timeZone").filter((z) => z.includes("/"));
const readable = (max: number) =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength: Math.min(max, 40) })
    .filter((s) => s.trim() !== "" && s.length <= max && !/\p{Cc}/u.test(s));
const block = fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 4, maxLength: 4 });
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const slotArb = fc
  .record({
    start: fc.integer({ min: 1, max: 4_102_444_800_000 }),
    minutes: fc.integer({ min: 1, max: 600 }),
  })
  .map(({ start, minutes }) => ({ start: instant(start), end: instant(start + minutes * 60_000) }));

// Names and roles as a link may carry them: no address, and too few digits for a phone number.
const noAddress = (s: string) => !s.includes("@");
const personArb = fc.record({
  name: readable(100).filter((s) => noAddress(s) && !/\p{Nd}/u.test(s)),
  role: readable(100).filter((s) => noAddress(s) && (s.match(/\p{Nd}/gu)?.length ?? 0) === 0),
});
const payloadArb: fc.Arbitrary<OfferPayload> = fc.record({
  v: fc.constant(2 as const),
  ref: fc.tuple(block, block).map(([a, b]) => `CG-${a}-${b}`),
  type: fc.constantFrom(...MEETING_TYPES.map((t) => t.id)),
  replyTo: fc
    .tuple(fc.stringMatching(/^[A-Za-z0-9._+-]{1,20}$/), fc.array(label, { minLength: 2, maxLength: 4 }))
    .map(([local, labels]) => `${local}@${labels.join(".")}`),
  people: fc.array(personArb, { minLength: 1, maxLength: 12 }),
  format: fc.constantFrom("inPerson" as const, "online" as const, "hybrid" as const),
  lang: fc.constantFrom("en-GB", "pl", "ur-PK", "ar", "uk", "ro", "zh-Hant-TW", "gd"),
  zone: fc.constantFrom(...ZONES).map((z) => z as IanaZone),
  slots: fc.array(slotArb, { minLength: 1, maxLength: 6 }),
  expires: fc.integer({ min: 1, max: 4_102_444_800_000 }).map(instant),
  jurisdiction: fc.constantFrom("scotland" as const, "england" as const),
});

describe("encodeOffer and decodeOffer", () => {
  // Thousands of generated cases take seconds on a loaded two-core machine: past Vitest's 5 s default.
  it("round-trips any valid offer, Unicode included", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(payloadArb, (payload) => {
        expect(decodeOffer(encodeOffer(payload), instant(0))).toEqual({ kind: "ok", offer: payload });
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a fragment with its # and surrounding spaces", () => {
    expect(decodeOffer(` #${encodeOffer(offer)}\n`, BEFORE)).toEqual({ kind: "ok", offer });
  });

  it("keeps a three-time offer's fragment short enough for any mail client", () => {
    const fragment = encodeOffer(offer);
    expect(fragment.length).toBeLessThan(1500);
    expect(fragment).toMatch(/^o2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  });

  it("finds any single changed character", () => {
    const fragment = encodeOffer(offer);
    const alphabet = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%é"];
    fc.assert(
      fc.property(fc.nat(fragment.length - 1), fc.constantFrom(...alphabet), (i, ch) => {
        fc.pre(fragment[i] !== ch);
        const tampered = fragment.slice(0, i) + ch + fragment.slice(i + 1);
        expect(decodeOffer(tampered, BEFORE).kind).toBe("broken");
      }),
      { numRuns: 1000 },
    );
  });

  it("says which check a changed link failed", () => {
    const fragment = encodeOffer(offer);
    const flip = (i: number) =>
      fragment.slice(0, i) + (fragment[i] === "A" ? "B" : "A") + fragment.slice(i + 1);
    expect(decodeOffer(flip(10), BEFORE)).toEqual({ kind: "broken", reason: "checksum" });
    expect(decodeOffer(`o3${fragment.slice(2)}`, BEFORE)).toEqual({
      kind: "broken",
      reason: "unknownVersion",
      detail: "o3",
    });
  });

  it("finds a link cut short anywhere", () => {
    const fragment = encodeOffer(offer);
    for (let n = 0; n < fragment.length; n++) {
      expect(decodeOffer(fragment.slice(0, n), BEFORE).kind, `cut to ${n}`).toBe("broken");
    }
    expect(decodeOffer("", BEFORE)).toEqual({ kind: "broken", reason: "missing" });
  });

  it("marks an offer expired once its deadline is reached, still carrying the offer", () => {
    expect(decodeOffer(encodeOffer(offer), instant(offer.expires - 1)).kind).toBe("ok");
    expect(decodeOffer(encodeOffer(offer), offer.expires)).toEqual({ kind: "expired", offer });
  });

  it("marks an offer expired when every time has begun, whatever its deadline", () => {
    const late = { ...offer, expires: at("2027-06-01T00:00:00Z") };
    expect(decodeOffer(encodeOffer(late), at("2026-12-08T13:14:59Z")).kind).toBe("ok");
    expect(decodeOffer(encodeOffer(late), at("2026-12-08T13:15:00Z")).kind).toBe("expired");
  });

  it.each([
    ["no times", { slots: [] }, "slots"],
    ["seven times", { slots: Array.from({ length: 7 }, () => offer.slots[0]) }, "slots"],
    ["a time that ends as it starts", { slots: [{ start: 1000, end: 1000 }] }, "slots.0"],
    ["a reference with an I in it", { ref: "CG-7K3M-Q9XI" }, "ref"],
    ["a lower-case reference", { ref: "cg-7k3m-q9xd" }, "ref"],
    ["a zone that does not exist", { zone: "Europe/Atlantis" }, "zone"],
    ["a language that is not a tag", { lang: "Polish language" }, "lang"],
    ["a reply address with a query", { replyTo: "a@b.example?cc=x@y.example" }, "replyTo"],
    ["a meeting type outside the catalogue", { type: "urgentCall" }, "type"],
    ["staff's purpose in their own words", { purpose: "URGENT: call 07700 900123 today" }, "offer"],
    ["a note", { note: "URGENT: call 07700 900123 today" }, "offer"],
    ["the school's name and phone", { school: { name: "Craigmount", phone: "07700 900123" } }, "offer"],
    [
      "a phone number as a name",
      { people: [{ name: "Call 07700 900123", role: "Office" }] },
      "people.0.name",
    ],
    [
      "a phone number as a role",
      { people: [{ name: "Office", role: "Call 07700 900123" }] },
      "people.0.role",
    ],
    [
      "a phone number split across roles",
      {
        people: [
          { name: "A", role: "Call 0770" },
          { name: "B", role: "0900" },
          { name: "C", role: "123" },
        ],
      },
      "people",
    ],
    [
      "an address as a role",
      { people: [{ name: "Office", role: "write to help@forger.example" }] },
      "people.0.role",
    ],
    ["a name with a control character", { people: [{ name: "A\u0007", role: "Teacher" }] }, "people.0.name"],
    ["nobody coming", { people: [] }, "people"],
    ["an unknown format", { format: "telepathy" }, "format"],
    ["an unknown field", { child: "Sam" }, "offer"],
    ["a fractional instant", { expires: 1.5 }, "expires"],
  ])("refuses an intact link carrying %s", (_, change, path) => {
    const decoded = decodeOffer(signed({ ...offer, ...change }), BEFORE);
    expect(decoded).toMatchObject({ kind: "broken", reason: "invalid" });
    expect(decoded.kind === "broken" && decoded.detail?.split(":")[0]).toBe(path);
  });

  it("refuses intact links that are not an offer", () => {
    expect(decodeOffer(signed([1, 2]), BEFORE)).toMatchObject({ kind: "broken", reason: "invalid" });
    expect(decodeOffer(signed(null), BEFORE)).toMatchObject({ kind: "broken", reason: "invalid" });
    const notJson = `o2.${textToBase64url("{nope")}`;
    expect(decodeOffer(`${notJson}.${crc32Hex(notJson)}`, BEFORE)).toEqual({
      kind: "broken",
      reason: "malformed",
      detail: "not JSON",
    });
  });

  // Thousands of generated cases take seconds on a loaded two-core machine: past Vitest's 5 s default.
  it("never throws, whatever the fragment", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constant("x".repeat(9000))),
        (s) => {
          expect(decodeOffer(s, BEFORE).kind).toBe("broken");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("will not encode an offer the page could not open", () => {
    expect(() => encodeOffer({ ...offer, slots: [] })).toThrow(/slots/);
  });
});

describe("newReference", () => {
  it("makes CG-XXXX-XXXX references from Crockford base32", () => {
    expect(newReference(() => 0)).toBe("CG-0000-0000");
    expect(newReference(() => 0.999_999)).toBe("CG-ZZZZ-ZZZZ");
    const values = [10, 11, 12, 13, 14, 15, 16, 17].map((n) => n / 32);
    expect(newReference(() => values.shift() ?? 0)).toBe("CG-ABCD-EFGH");
  });

  it("always makes a reference an offer link accepts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 8,
          maxLength: 8,
        }),
        (rs) => {
          expect(newReference(() => rs.shift() ?? 0)).toMatch(OFFER_REF);
        },
      ),
    );
  });

  it("refuses a random source that is out of range", () => {
    expect(() => newReference(() => 1)).toThrow(RangeError);
    expect(() => newReference(() => Number.NaN)).toThrow(RangeError);
  });
});
