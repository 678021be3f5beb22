/*
 * Finding `[cg1:<base64url>]` in a mail however it was mangled on the way. base64url uses only
 * letters, digits, `-` and `_`, so anything else inside the brackets is damage to step over:
 * line breaks and `> ` quote marks from wrapping and quoting, `=` soft breaks and `=XX` escapes
 * from undecoded quoted-printable, tags and character references from HTML conversion, soft
 * hyphens, zero-width and non-breaking spaces. A `]` ends the token; anything else unexpected
 * means it is not a token.
 */

const PREFIX = "cg1:";
/** Longest payload we read: far above the largest answer the parent page can produce. */
const MAX_PAYLOAD = 16_000;
const PAYLOAD_CHAR = /[A-Za-z0-9_-]/;
const NOISE_CHAR = /[\s\u00ad\u200b-\u200d\u2060\ufeff>]/u;
const REFERENCE = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const QP_ESCAPE = /^=[0-9A-F]{2}/;
const MAX_TAG = 400;

/** How many characters of mail damage start at `i` (0 when `text[i]` is not damage). */
function noiseAt(text: string, i: number): number {
  const ch = text[i] ?? "";
  if (NOISE_CHAR.test(ch)) return 1;
  if (ch === "<") {
    const close = text.slice(i, i + MAX_TAG).indexOf(">");
    return close < 0 ? 0 : close + 1;
  }
  if (ch === "&") return REFERENCE.exec(text.slice(i, i + 40))?.[0].length ?? 0;
  if (ch === "=") {
    const next = text[i + 1] ?? "";
    if (next === "\n" || next === "\r" || next === " " || next === "\t") return 1;
    return QP_ESCAPE.exec(text.slice(i, i + 3))?.[0].length ?? 0;
  }
  return 0;
}

/** Index just after a (possibly damaged) `cg1:` starting at `from`, or undefined. */
function afterPrefix(text: string, from: number): number | undefined {
  let i = from;
  let matched = 0;
  while (matched < PREFIX.length) {
    if (i >= text.length) return undefined;
    const skip = noiseAt(text, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    if ((text[i] ?? "").toLowerCase() !== PREFIX[matched]) return undefined;
    matched++;
    i++;
  }
  return i;
}

/** The payload from `from` up to the closing `]`, or undefined when something else intervenes. */
function payloadFrom(text: string, from: number): string | undefined {
  let payload = "";
  let i = from;
  while (i < text.length) {
    const skip = noiseAt(text, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    const ch = text[i] ?? "";
    if (ch === "]") return payload;
    if (!PAYLOAD_CHAR.test(ch) || payload.length >= MAX_PAYLOAD) return undefined;
    payload += ch;
    i++;
  }
  return undefined;
}

/** Every token payload in `text`, in order (the newest message comes first in a reply). */
export function tokenPayloads(text: string): string[] {
  const found: string[] = [];
  for (let open = text.indexOf("["); open >= 0; open = text.indexOf("[", open + 1)) {
    const start = afterPrefix(text, open + 1);
    const payload = start === undefined ? undefined : payloadFrom(text, start);
    if (payload !== undefined) found.push(payload);
  }
  return found;
}

/** Whether the `[` at `at` begins something a reader would take for a token (`[cg1:`). */
export function startsToken(text: string, at: number): boolean {
  return text[at] === "[" && afterPrefix(text, at + 1) !== undefined;
}

/** The token for a payload: `[cg1:<payload>]`. */
export function token(payload: string): string {
  return `[${PREFIX}${payload}]`;
}
