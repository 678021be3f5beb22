import { QUOTE_MARKER } from "./htmlText";

/*
 * Cutting a reply down to what the family wrote this time. Everything below the first sign of
 * quoted history goes: that history is usually our own offer, and its list of times would
 * otherwise read as the family choosing all of them. Mail clients mark history in a handful of
 * ways, in the writer's language; these cover Outlook, Gmail, Apple Mail and Thunderbird in
 * English and the languages our families most often write in.
 */

const FORWARD_MARKER =
  /^\s*(?:-{2,}.*(?:forward|przekaz|redirec|transmis|пересла|переслан|معاد توجيه|مُعاد).*-{2,}|begin forwarded message:?|początek przekazanej wiadomości:?)\s*$/iu;
const REPLY_MARKER =
  /^\s*(?:-{2,}\s*(?:original message|oryginalna wiadomość|wiadomość oryginalna|mesaj original|mesajul original|вихідне повідомлення|оригінальне повідомлення|الرسالة الأصلية)\s*-{2,}|_{10,}|={10,})\s*$/iu;
const WROTE_END =
  /(?:wrote|writes|napisał\(a\)|napisał|napisała|pisze|a scris|a écrit|schrieb|escribió|пише|написав|написала|написал|كتب|كتبت|nay likha|ne likha)\s*:\s*$/iu;
const ON_START = /^\s*(?:on|w dniu|dnia|în|in data de|pe|le|am|el|у|в|في)\s/iu;
const HEADER_FROM = /^\s*\**(?:from|od|de|від|от|من|van|von)\s*:/iu;
const HEADER_OTHER =
  /^\s*\**(?:sent|date|to|cc|subject|wysłano|wysłane|data|do|temat|trimis|dată|către|subiect|надіслано|дата|кому|тема|تاريخ الإرسال|أرسل|التاريخ|إلى|الموضوع)\s*:/iu;
const HEADER_DATE =
  /^\s*\**(?:sent|date|wysłano|wysłane|data|trimis|dată|надіслано|дата|تاريخ الإرسال|أرسل|التاريخ)\s*:/iu;
const QUOTED_LINE = /^\s*>/;
const SIGNATURE_DELIMITER = /^--\s*$/;
const MOBILE_FOOTER =
  /^\s*(?:sent from|sent via|sent using|get outlook for|wysłane z|wysłano z|trimis de pe|trimis din|надіслано з|відправлено з|أرسلت من|تم الإرسال من|تم الإرسال باستخدام)(?:\s|$)/iu;

type Cut = { readonly at: number; readonly forward: boolean };

// Marker and header lines are short. A longer line is the family's words, and is not tried
// against the patterns at all: some of them backtrack over a line's length for each place they
// could start, which is harmless on a short line and quadratic on a long one.
const MAX_MARKER_LINE = 300;

/** `pattern` tested on `line` only when the line is short enough to be a marker. */
function marks(pattern: RegExp, line: string): boolean {
  return line.length <= MAX_MARKER_LINE && pattern.test(line);
}

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!marks(HEADER_FROM, lines[i] ?? "")) return false;
  for (let k = i + 1; k <= i + 6 && k < lines.length; k++) {
    if (marks(HEADER_DATE, lines[k] ?? "")) return true;
  }
  return false;
}

// Arabic puts the verb before the name: "في الجمعة، ٢٠ نوفمبر ٢٠٢٦ كتب Aileen <a@b>:".
const WROTE_BEFORE_NAME = /(?:^|\s)(?:كتب|كتبت)\s.*:\s*$/u;

function isWroteLine(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  if (marks(WROTE_END, line)) return /[\d@<]/.test(line) || marks(ON_START, line);
  if (marks(ON_START, line) && marks(WROTE_BEFORE_NAME, line)) return true;
  // "On Tue, 1 Dec 2026 at 10:00, Aileen MacLeod <" wrapped onto the next line or two.
  if (!marks(ON_START, line)) return false;
  for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
    const next = lines[k] ?? "";
    if (next.trim() === "") return false;
    if (marks(WROTE_END, next)) return true;
  }
  return false;
}

function firstCut(lines: readonly string[]): Cut | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (marks(FORWARD_MARKER, line)) return { at: i, forward: true };
    if (line.trim() === QUOTE_MARKER || marks(REPLY_MARKER, line)) return { at: i, forward: false };
    if (isWroteLine(lines, i) || isHeaderBlock(lines, i)) return { at: i, forward: false };
  }
  return undefined;
}

/** Drops signatures and "Sent from my iPhone" lines, which are never part of the answer. */
function withoutFooters(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (marks(SIGNATURE_DELIMITER, line)) break;
    if (!marks(MOBILE_FOOTER, line) && !QUOTED_LINE.test(line)) out.push(line);
  }
  return out;
}

const hasWords = (lines: readonly string[]) => lines.some((l) => /[\p{L}\p{N}]/u.test(l));

/** Index of the first line after a cut's marker, forward notice and header lines. */
function bodyAfter(lines: readonly string[], cut: number): number {
  let i = cut + 1;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const skippable =
      line.trim() === "" ||
      line.trim() === QUOTE_MARKER ||
      marks(FORWARD_MARKER, line) ||
      marks(REPLY_MARKER, line) ||
      marks(HEADER_FROM, line) ||
      marks(HEADER_OTHER, line);
    if (!skippable) break;
    i++;
  }
  return i;
}

/**
 * The newest part of a reply, as lines: above the first quoted history, without quoted lines,
 * signature or mobile footer. When nothing was written above a forwarded message (or `forwarded`
 * says the whole mail is a forward), the forwarded message's own newest part is taken instead,
 * because that is what the family wants the school to read.
 */
export function newestPart(text: string, forwarded: boolean): string {
  let lines = text.split("\n");
  // Each pass drops one layer of forwarding; a chain deeper than this is not worth unpicking.
  for (let depth = 0; depth < 8; depth++) {
    const cut = firstCut(lines);
    const top = withoutFooters(cut ? lines.slice(0, cut.at) : lines);
    if (hasWords(top) || !cut) return top.join("\n");
    // `forwarded` speaks for the outer mail only; a forwarded reply's own history is history.
    const intoForward =
      cut.forward ||
      (forwarded && depth === 0) ||
      marks(FORWARD_MARKER, lines[bodyAfterMarkerOnly(lines, cut.at)] ?? "");
    if (!intoForward) return "";
    lines = lines.slice(bodyAfter(lines, cut.at));
  }
  return "";
}

/** The first non-blank line after a cut, to see whether a quote marker wraps a forward notice. */
function bodyAfterMarkerOnly(lines: readonly string[], cut: number): number {
  let i = cut + 1;
  while (i < lines.length && ((lines[i] ?? "").trim() === "" || (lines[i] ?? "").trim() === QUOTE_MARKER))
    i++;
  return i;
}
