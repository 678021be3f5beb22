import type { Instant } from "../time/instant";
import { base64urlToText, textToBase64url } from "./base64url";
import { crc32Hex } from "./crc32";
import type { OfferPayload } from "./offerPayload";
import { checkOffer } from "./offerSchema";

/*
 * An offer travels in the link's URL fragment, which browsers never send to a server:
 *
 *   o2.<base64url of the offer's UTF-8 JSON>.<CRC-32 of everything before the last dot, 8 hex digits>
 *
 * The checksum catches corruption (a link cut short or wrapped by a mail client) and casual edits
 * (someone changing a character by hand). It does not stop a determined forger, who can recompute
 * it. So the link carries nothing the page presents as the school's own words (see OfferPayload):
 * the page takes the school's name and phone from its deployment, accepts a reply address only
 * within the school's domains, and the school checks every reply against the offer it really sent.
 * `o1` links carried the school's name, phone and staff's purpose text; they are no longer read.
 */

const VERSION = "o2";
// Far more than six times and twelve people need; refuses to chew on something absurd.
const MAX_FRAGMENT_LENGTH = 8_000;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Why a link could not be read, for the page to explain and for support to diagnose. */
export type BrokenReason =
  /** No fragment at all (the link was opened without its `#…` part). */
  | "missing"
  /** Made by a newer or unknown version of the app. */
  | "unknownVersion"
  /** Not in the expected shape: cut short, wrapped, or not base64url of UTF-8 JSON. */
  | "malformed"
  /** In shape, but the checksum does not match: changed on the way. */
  | "checksum"
  /** Intact, but a field is not valid (the detail names it). */
  | "invalid";

/** What the parent page can do with a link. Expired offers still carry the offer, to say whose it was. */
export type DecodedOffer =
  | { readonly kind: "ok"; readonly offer: OfferPayload }
  | { readonly kind: "expired"; readonly offer: OfferPayload }
  | { readonly kind: "broken"; readonly reason: BrokenReason; readonly detail?: string };

/**
 * Encodes an offer as a URL fragment (without the `#`). Throws a RangeError naming the field if
 * the offer would not decode, so staff can never send a link the family cannot open.
 */
export function encodeOffer(payload: OfferPayload): string {
  const check = checkOffer(payload);
  if (!check.ok) throw new RangeError(`This offer cannot be put in a link: ${check.detail}`);
  const signed = `${VERSION}.${textToBase64url(JSON.stringify(payload))}`;
  return `${signed}.${crc32Hex(signed)}`;
}

/**
 * Reads an offer from a URL fragment (with or without the `#`). Never throws: anything unreadable
 * is `broken`. An offer is `expired` once `now` reaches `expires` or every offered time has begun.
 */
export function decodeOffer(fragment: string, now: Instant): DecodedOffer {
  const text = fragment.trim().replace(/^#/, "");
  if (text === "") return broken("missing");
  if (text.length > MAX_FRAGMENT_LENGTH) return broken("malformed", "too long");
  const version = /^(o\d+)\./.exec(text)?.[1];
  if (version === undefined) return broken("malformed", "no version");
  if (version !== VERSION) return broken("unknownVersion", version);
  const parts = /^(o2\.([A-Za-z0-9_-]+))\.([0-9a-f]{8})$/.exec(text);
  const [, signed, encoded, checksum] = parts ?? [];
  if (signed === undefined || encoded === undefined || checksum === undefined) return broken("malformed");
  if (crc32Hex(signed) !== checksum) return broken("checksum");
  const json = base64urlToText(encoded);
  if (json === null) return broken("malformed", "not base64url of UTF-8");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    return broken("malformed", "not JSON");
  }
  const check = checkOffer(value);
  if (!check.ok) return broken("invalid", check.detail);
  const { offer } = check;
  const allBegun = offer.slots.every((s) => s.start <= now);
  return now >= offer.expires || allBegun ? { kind: "expired", offer } : { kind: "ok", offer };
}

/**
 * A new offer reference such as `CG-7K3M-Q9XD`: eight Crockford base32 characters (40 bits), easy
 * to read aloud on the phone. `random` returns numbers in [0, 1), like `Math.random` or a seeded PRNG.
 */
export function newReference(random: () => number): string {
  const pick = () => {
    const r = random();
    if (!(r >= 0 && r < 1)) throw new RangeError(`random() must return a number in [0, 1), not ${r}`);
    return CROCKFORD[Math.floor(r * 32)] ?? "0";
  };
  const four = () => pick() + pick() + pick() + pick();
  return `CG-${four()}-${four()}`;
}

function broken(reason: BrokenReason, detail?: string): DecodedOffer {
  return detail === undefined ? { kind: "broken", reason } : { kind: "broken", reason, detail };
}
