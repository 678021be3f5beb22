/**
 * A plain-language check for family-facing English: the Flesch reading ease of a text and the
 * sentences in it that run long. About 70 and above reads easily at age 11 or so.
 */

const VOWEL_GROUPS = /[aeiouy]+/g;

/** Endings whose "e" or "es"/"ed" adds no syllable: "time", "times", "booked". */
const SILENT_ENDING = /(?:[^laeiouy]es|[^tdaeiouy]ed|[^laeiouy]e)$/;

/**
 * Syllables in one English word, by counting vowel groups and allowing for a silent final "e",
 * "-es" and "-ed" and a final "-le" ("table", "simple"). An estimate, as every Flesch counter's is;
 * at least 1 for any word with a letter.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(SILENT_ENDING, "").replace(/^y/, "");
  const groups = w.match(VOWEL_GROUPS)?.length ?? 0;
  // "-ia", "-io", "-ea" at a syllable break ("media", "video", "area") are two syllables.
  const splits = w.match(/(?:ia|io|eo|ea(?=$)|uo|ua)/g)?.length ?? 0;
  return Math.max(1, groups + splits);
}

/** Words of a text: runs of letters (apostrophes and hyphens inside a word kept). */
export function words(text: string): string[] {
  return text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
}

/** Sentences of a text: split after ".", "!", "?" or ":" followed by a space, or at the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase(text: string): number {
  const ws = words(text);
  const count = Math.max(1, sentences(text).length);
  if (ws.length === 0) return 206.835;
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 206.835 - 1.015 * (ws.length / count) - 84.6 * (syl / ws.length);
}

/** Sentences longer than `limit` words (20 by default): a plain-language warning sign. */
export function longSentences(text: string, limit = 20): string[] {
  return sentences(text).filter((s) => words(s).length > limit);
}
