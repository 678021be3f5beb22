/*
 * Splitting a reply into the pieces that each say one thing, so that "Tuesday is no good but
 * Thursday works" reads as a no to Tuesday and a yes to Thursday. Sentences and "but" make hard
 * breaks; commas make soft ones, which the reader joins back when a piece names no time
 * ("Thursday, unfortunately, is no good" is one thought).
 */

/**
 * A comma-separated piece of a sentence, as its alternatives ("Tuesday or Thursday" is two;
 * usually there is one). Original text, trimmed.
 */
export type Piece = readonly string[];

/** A sentence of a reply, as its pieces. */
export type Sentence = readonly Piece[];

// Abbreviations whose full stop does not end a sentence: "No. 2", "Tues. afternoon", "3 p.m.".
const ABBREVIATION =
  "no|nr|num|opt|a\\.m|p\\.m|am|pm|dr|mr|mrs|ms|st|approx|tel|mon|tue|tues|wed|weds|thu|thur|thurs|fri|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|wt|czw|pt|pon|godz|ok";
// A run of stops is only tried from its first character: otherwise "....x" is tried from every
// dot, each attempt running to the end of the run (quadratic on a line of dots).
const SENTENCE_END = new RegExp(
  `(?<!(?:^|[^\\p{L}])(?:${ABBREVIATION}))(?<![.!?؟;…。])[.!?؟;…。]+(?=\\s|$)`,
  "giu",
);
const CONTRAST_WORDS =
  "but|however|although|though|whereas|ale|lecz|jednak|dar|însă|insa|але|проте|однак|لكن|ولكن|lekin|magar";
const CONTRAST = new RegExp(`(?<![\\p{L}\\p{N}])(?=(?:${CONTRAST_WORDS})(?![\\p{L}\\p{N}]))`, "giu");
// The "but" itself is not part of what follows: evidence reads "Thursday works".
const LEADING_CONTRAST = new RegExp(`^\\s*(?:${CONTRAST_WORDS})(?![\\p{L}\\p{N}])[\\s,]*`, "iu");
// Commas (Latin and Arabic) and a dash between words.
const SOFT_BREAK = /[,،、]|\s[-–—]\s/u;
// "Tuesday or Thursday" is two suggestions, not one that must fit both.
const OR = /\s(?:or|lub|albo|sau|ori|або|чи|أو|او|ya)(?=\s)/iu;
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** The reply's sentences, split at commas and "or". Never returns empty pieces or alternatives. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of text.split("\n")) {
    for (const sentence of line.replace(SENTENCE_END, "$&\n").split("\n")) {
      for (const part of sentence.split(CONTRAST)) {
        const pieces = part
          .replace(LEADING_CONTRAST, "")
          .split(SOFT_BREAK)
          .map((piece) =>
            piece
              .split(OR)
              .map((p) => p.trim())
              .filter(hasWords),
          )
          .filter((piece) => piece.length > 0);
        if (pieces.length > 0) out.push(pieces);
      }
    }
  }
  return out;
}
