/*
 * Finding `[cg1:<base64url>]` in a mail however it was mangled on the way. base64url uses only
 * letters, digits, `-` and `_`, so anything else inside the brackets is damage to step over:
 * line breaks and `> ` quote marks from wrapping and quoting, `=` soft breaks and `=XX` escapes
 * from undecoded quoted-printable, tags and character references from HTML conversion, soft
 * hyphens, zero-width and non-breaking spaces. A `]` ends the token; anything else unexpected
 * means it is not a token.
 */

/** The offers' token; the summary answer's `cgf1:` is read by the same scanner (`[cgf1:` is not `[cg1:`). */
const PREFIX = "cg1:";
/** Longest payload we read: far above the largest answer the parent page can produce. */
const MAX_PAYLOAD = 16_000;
const PAYLOAD_CHAR = /[A-Za-z0-9_-]/;
const NOISE_CHAR = /[\s\u00ad\u200b-\u200d\u2060\ufeff>]/u;
const REFERENCE = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});$/;
const REFERENCE_CHAR = /[&#A-Za-z0-9]/;
/** The longest character reference with quoted-printable soft breaks inside it that we step over. */
const REFERENCE_SPAN = 48;
const QP_ESCAPE = /^=[0-9A-F]{2}/;
const MAX_TAG = 400;

/**
 * The length of the character reference (`&nbsp;`, `&#160;`) starting at `i`, or 0. Undecoded
 * quoted-printable may break a line inside one (`&nbsp=\r\n;`), so its soft breaks are stepped
 * over too. At most `REFERENCE_SPAN` characters are read, whatever follows.
 */
function referenceAt(text: string, i: number): number {
  let clean = "";
  let j = i;
  while (j < text.length && j - i < REFERENCE_SPAN) {
    if (text[j] === "=" && (text[j + 1] === "\n" || (text[j + 1] === "\r" && text[j + 2] === "\n"))) {
      j += text[j + 1] === "\n" ? 2 : 3;
      continue;
    }
    const ch = text[j] ?? "";
    clean += ch;
    j++;
    if (ch === ";") return REFERENCE.test(clean) ? j - i : 0;
    if (!REFERENCE_CHAR.test(ch)) return 0;
  }
  return 0;
}

/**
 * Reads tokens left to right. It remembers the next `>` it has seen, so that a body full of `<`
 * (each of which might open a tag to step over) costs one pass, not one pass per `<`.
 */
class TokenScanner {
  private nextGt = -2;

  constructor(
    private readonly text: string,
    private readonly tag: string = PREFIX,
  ) {}

  private gtFrom(i: number): number {
    if (this.nextGt !== -1 && this.nextGt < i) this.nextGt = this.text.indexOf(">", i);
    return this.nextGt;
  }

  /** How many characters of mail damage start at `i` (0 when `text[i]` is not damage). */
  noiseAt(i: number): number {
    const text = this.text;
    const ch = text[i] ?? "";
    if (NOISE_CHAR.test(ch)) return 1;
    if (ch === "<") {
      const close = this.gtFrom(i);
      return close < 0 || close - i >= MAX_TAG ? 0 : close - i + 1;
    }
    if (ch === "&") return referenceAt(text, i);
    if (ch === "=") {
      const next = text[i + 1] ?? "";
      if (next === "\n" || next === "\r" || next === " " || next === "\t") return 1;
      return QP_ESCAPE.exec(text.slice(i, i + 3))?.[0].length ?? 0;
    }
    return 0;
  }

  /** Reads a (possibly damaged) `cg1:` (or the scanner's other tag) from `from`: where it ends, or where reading stopped. */
  prefix(from: number): { readonly ok: boolean; readonly at: number } {
    const text = this.text;
    let i = from;
    let matched = 0;
    const tag = this.tag;
    while (matched < tag.length) {
      if (i >= text.length) return { ok: false, at: i };
      const skip = this.noiseAt(i);
      if (skip > 0) {
        i += skip;
        continue;
      }
      if ((text[i] ?? "").toLowerCase() !== tag[matched]) return { ok: false, at: i };
      matched++;
      i++;
    }
    return { ok: true, at: i };
  }

  /** The payload from `from` up to the closing `]` (and the index after it), or where reading stopped. */
  payload(from: number): { readonly payload: string | undefined; readonly at: number } {
    const text = this.text;
    let payload = "";
    let i = from;
    while (i < text.length) {
      const skip = this.noiseAt(i);
      if (skip > 0) {
        i += skip;
        continue;
      }
      const ch = text[i] ?? "";
      if (ch === "]") return { payload, at: i + 1 };
      if (!PAYLOAD_CHAR.test(ch) || payload.length >= MAX_PAYLOAD) return { payload: undefined, at: i };
      payload += ch;
      i++;
    }
    return { payload: undefined, at: i };
  }
}

/** A `[cg1:` found in a text: where it starts and ends, and its payload when it is intact. */
export interface TokenFound {
  readonly start: number;
  /** Just after the `]` when intact; where reading stopped when damaged. */
  readonly end: number;
  readonly payload: string | undefined;
}

/**
 * Every `[cg1:` in `text`, in order (the newest message comes first in a reply). Each search for
 * the next `[` resumes where the last reading stopped: only a `[` inside a tag stepped over as
 * damage is passed by, and nothing is read twice, so the time is linear in the text's length.
 */
export function findTokens(text: string, tag: string = PREFIX): TokenFound[] {
  const scanner = new TokenScanner(text, tag);
  const found: TokenFound[] = [];
  let open = text.indexOf("[");
  while (open >= 0) {
    const prefix = scanner.prefix(open + 1);
    let resume = prefix.at;
    if (prefix.ok) {
      const read = scanner.payload(prefix.at);
      found.push({ start: open, end: read.at, payload: read.payload });
      resume = read.at;
    }
    open = text.indexOf("[", Math.max(resume, open + 1));
  }
  return found;
}

/** Every intact token payload in `text`, in order (`tag`: another token kind, such as `cgf1:`). */
export function tokenPayloads(text: string, tag: string = PREFIX): string[] {
  return findTokens(text, tag).flatMap((t) => (t.payload === undefined ? [] : [t.payload]));
}

/** `text` without its intact tokens: the machine-readable part is for us, the words are for people. */
export function withoutTokens(text: string): string {
  let out = "";
  let from = 0;
  for (const t of findTokens(text)) {
    if (t.payload === undefined) continue;
    out += text.slice(from, t.start);
    from = t.end;
  }
  return out + text.slice(from);
}

/** Whether the `[` at `at` begins something a reader would take for a token (`[cg1:`). */
export function startsToken(text: string, at: number): boolean {
  return text[at] === "[" && new TokenScanner(text).prefix(at + 1).ok;
}

/** The token for a payload: `[cg1:<payload>]`. */
export function token(payload: string): string {
  return `[${PREFIX}${payload}]`;
}
