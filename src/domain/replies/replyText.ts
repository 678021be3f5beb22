import { OFFER_REF } from "../offers/offerSchema";
import { htmlToText } from "./htmlText";
import { plainTextOnly } from "./plainText";
import { newestPart } from "./quotedHistory";

/*
 * From an incoming mail body to the words the family wrote this time, as plain text.
 */

// A reply worth reading is a few kilobytes; a body this long is mostly history or attachments
// pasted inline, and the newest part is at the top.
export const MAX_BODY = 200_000;
const LOOKS_LIKE_HTML = /<(?:html|body|div|p|br|span|table|blockquote)\b[^>]*>/i;
// Removed: soft hyphens, zero-width spaces, byte-order marks and bidirectional controls (which
// can also reorder what staff see). Joiners stay: emoji and Arabic-script words need them.
const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const CONTROLS = /(?!\n)\p{Cc}/gu;
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|odp|sv)\s*:\s*)*(?:fwd?|fw|tr|pd|wg|rv|i|enc)\s*:/i;

/** Line breaks to `\n`, odd spaces to plain ones, invisible characters gone, lines trimmed. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .replace(CONTROLS, "")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The text the family wrote in this mail: HTML turned to text, quoted history, signatures and
 * mobile footers dropped, the newest part of a forwarded chain kept, whitespace normalised.
 * `subject` only tells a forward ("Fwd: …") from a reply. Never contains a tag; never throws.
 */
export function replyText(body: string, bodyIsHtml: boolean, subject = ""): string {
  const capped = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  const text = bodyIsHtml || LOOKS_LIKE_HTML.test(capped) ? htmlToText(capped) : capped;
  const newest = newestPart(normaliseWhitespace(text), FORWARD_SUBJECT.test(subject));
  return plainTextOnly(normaliseWhitespace(newest));
}

const CROCKFORD_ALIASES: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };
// `CG-7K3M-Q9XD`, forgiving case, a space, underscore or any dash for the hyphens (or none), and
// the letters Crockford base32 reads as digits. Word edges keep it out of longer codes.
const REFERENCE_LIKE =
  /(?<![A-Za-z0-9])CG[\s_\-\u2010-\u2015]{0,2}([0-9A-Z]{4})[\s_\-\u2010-\u2015]{0,2}([0-9A-Z]{4})(?![A-Za-z0-9])/gi;

function firstReference(text: string): string | undefined {
  for (const match of text.matchAll(REFERENCE_LIKE)) {
    const groups = `${match[1] ?? ""}-${match[2] ?? ""}`
      .toUpperCase()
      .replace(/[OIL]/g, (c) => CROCKFORD_ALIASES[c] ?? c);
    const ref = `CG-${groups}`;
    if (OFFER_REF.test(ref)) return ref;
  }
  return undefined;
}

/**
 * The offer reference a reply carries (`CG-7K3M-Q9XD`, normalised to upper case), looked for in
 * the subject first and then anywhere in the body, quoted history included: quoting our own offer
 * still says which offer the reply is about.
 */
export function findReference(subject: string, body: string): string | undefined {
  const inSubject = firstReference(normaliseWhitespace(subject.slice(0, 2_000)));
  if (inSubject) return inSubject;
  const capped = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  // Tags become spaces so an attribute or a tag between the groups cannot join or split them.
  return firstReference(normaliseWhitespace(capped.replace(/<[^<>]{0,4000}>/g, " ")));
}
