/** One word of a text, as the privacy guard compares it. */
export interface Word {
  /** Compatibility-decomposed, marks removed, case kept: "Zoë" → "Zoe", "Ｊ" → "J". */
  readonly plain: string;
  /** `plain` case-folded, for comparing: "Zoe" → "zoe", "Łucja" → "lucja", "Straße" → "strasse". */
  readonly folded: string;
  /** Where it is in the decomposed text, to read what separates it from the next word. */
  readonly start: number;
  readonly end: number;
}

// A word: letters, digits and combining marks (so a name written with a separate accent stays one word).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Combining marks and the Arabic tatweel, which only stretches a word.
const MARKS = /[\p{M}\u0640]/gu;
// Letters that carry their stroke inside them, so decomposition leaves them as they are.
const STROKED: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ı: "i",
  ŧ: "t",
  ƶ: "z",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ſ: "s",
};
const STROKED_LETTERS = /[łøđħıŧƶæœßſ]/gu;

/**
 * Folds a word for comparison: marks dropped (so "Zoe" matches "Zoë" and "نُور" matches "نور"),
 * stroked Latin letters plain ("Łucja" and "Lucja"), then case-folded (upper then lower, so "ß"
 * and "SS" agree; Cyrillic and Greek fold too).
 */
export function foldWord(plain: string): string {
  return plain
    .toLowerCase()
    .replace(STROKED_LETTERS, (ch) => STROKED[ch] ?? ch)
    .toUpperCase()
    .toLowerCase();
}

/**
 * Splits a text into words in one pass, by Unicode letter, mark and number properties rather than
 * ASCII `\b`: "Zoë's" is the words "Zoe" and "s", "Mary-Jane" is "Mary" and "Jane".
 */
export function wordsOf(text: string): { readonly words: readonly Word[]; readonly text: string } {
  const decomposed = text.normalize("NFKD");
  const words: Word[] = [];
  for (const match of decomposed.matchAll(WORD)) {
    const plain = match[0].replace(MARKS, "");
    if (plain === "") continue;
    words.push({ plain, folded: foldWord(plain), start: match.index, end: match.index + match[0].length });
  }
  return { words, text: decomposed };
}

/** Whether a word is written in capitals (and its script has them): "JS", "Ł", not "js" or "نور". */
export function isCapitals(plain: string): boolean {
  return plain === plain.toUpperCase() && plain !== plain.toLowerCase();
}
