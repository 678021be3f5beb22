/*
 * Replies arrive in many scripts, often typed on phones without accents ("marti" for "marți",
 * "srode" for "środę") and with Arabic-Indic digits. Matching compares folded text: lower case,
 * no combining marks, ASCII digits and apostrophes, so each word list needs one spelling.
 */

const APOSTROPHES = new Set(["\u2019", "\u2018", "\u02bc", "\u0060", "\u00b4", "\u2032"]);
const DASHES = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]);
// Letters that Unicode does not decompose but people routinely type without the stroke.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ß: "ss",
  // Persian/Urdu keyboards type these for the Arabic letters.
  ی: "ي",
  ک: "ك",
  ە: "ه",
};
const MARKS = /\p{M}/gu;
// Tatweel only stretches Arabic words for looks.
const TATWEEL = "\u0640";

function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  if (APOSTROPHES.has(ch)) return "'";
  if (DASHES.has(ch)) return "-";
  if (ch === TATWEEL) return "";
  const mapped = UNDECOMPOSED[ch];
  if (mapped !== undefined) return mapped;
  return ch.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** Lower case, no accents or vowel marks, ASCII digits, one apostrophe and one dash. */
export function fold(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** No letter or digit before: a word's start in any script (`\b` only knows ASCII). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
/** No letter or digit after: a word's end in any script. */
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** `text` as a literal inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regular expression for any of `words` (folded first) as whole words or phrases. */
export function wordsPattern(words: readonly string[]): string {
  const escaped = [...new Set(words.map(fold))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegex(w).replace(/ /g, "\\s+"));
  return `${WORD_START}(?:${escaped.join("|")})${WORD_END}`;
}
