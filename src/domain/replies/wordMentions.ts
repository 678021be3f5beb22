import {
  ENGLISH_ORDINALS,
  ENGLISH_WEEKDAYS,
  FILLERS,
  LAST,
  NOT_A_TIME_AFTER_ORDINAL,
  NUMBER_NOUNS,
  NUMBER_WORDS,
  ORDINAL_NOUNS,
  OTHER_ORDINALS,
  PARTS_OF_DAY,
  WEEKDAY_WORDS,
} from "./replyLexicon";
import type { SlotFacts } from "./slotFacts";
import { escapeRegex, fold, WORD_END, WORD_START } from "./textFold";
import type { Masked, Mention } from "./timeMentions";

/*
 * Option numbers, ordinals, weekdays and parts of the day in folded reply text.
 */

// "No", "nr" and "#" take digits only: "no one" is nobody, not option one.
const DIGIT_ONLY_NOUNS = new Set(["no", "nr", "num", "#"]);
const nounAlternatives = (nouns: readonly string[]) => nouns.map(escapeRegex).join("|");
const WORD_NOUNS = nounAlternatives([...NUMBER_NOUNS].filter((w) => !DIGIT_ONLY_NOUNS.has(w)));
const ALL_NOUNS = nounAlternatives([...NUMBER_NOUNS]);
const NUMBER_WORD = [...NUMBER_WORDS.keys()].join("|");
const NOT_TIME_AFTER = "(?!\\s*(?:[:./]\\d|a\\.?m|p\\.?m|o'?clock|h\\b|st\\b|nd\\b|rd\\b|th\\b))";
const NOUN_START = "(?<![\\p{L}\\p{N}#])";
// "option 2", "nr 2", "#2", "الخيار 2", "варіант два".
const NOUN_NUMBER = new RegExp(
  `${NOUN_START}(?:(?:${ALL_NOUNS})\\.?\\s*(?:#|nr\\.?|no\\.?)?\\s*(\\d{1,2})(?![\\p{L}\\p{N}])|(?:${WORD_NOUNS})\\s+(${NUMBER_WORD})${WORD_END})${NOT_TIME_AFTER}`,
  "gu",
);
// "2nd option", "the 1st one".
const ORDINAL_NUMBER_NOUN =
  /(?<![\d:./])(\d)(?:st|nd|rd|th)\s+(?:one|option|choice|time|slot|date)s?(?![\p{L}\p{N}])/gu;
const PARTS = PARTS_OF_DAY.map((part) => ({
  ...part,
  re: new RegExp(
    `${WORD_START}(?:${part.words.map((w) => escapeRegex(fold(w)).replace(/ /g, "\\s+")).join("|")})${WORD_END}`,
    "gu",
  ),
}));
const TOKEN = /[\p{L}\p{N}'#]+/gu;
// Arabic joins "and", "so" and "in" to the next word: "والثلاثاء", "بالخميس".
const ARABIC_PREFIX = /^[وفب](?=ال)/u;

const indexMention = (n: number, count: number, strong: boolean, words: string): Mention => {
  const index = n === LAST ? count : n;
  return { slots: index >= 1 && index <= count ? [index] : [], strong, words };
};

/** Optimal string alignment distance, capped: enough to forgive one or two slips of the thumb. */
function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] ?? Number.POSITIVE_INFINITY;
}

/** A misspelt English weekday: same first letter, one slip (two in the long names). */
function misspeltWeekday(word: string): number | undefined {
  if (word.length < 5 || word.length > 11 || !/^[a-z]+$/.test(word)) return undefined;
  for (const [name, day] of ENGLISH_WEEKDAYS) {
    if (word[0] !== name[0]) continue;
    if (typoDistance(word, name) <= (name.length >= 8 ? 2 : 1)) return day;
  }
  return undefined;
}

/** Finds option numbers and parts of the day (phrases), blanking what it reads. */
export function phraseMentions(masked: Masked, facts: readonly SlotFacts[], count: number): Mention[] {
  const found: Mention[] = [];
  masked.take(NOUN_NUMBER, (m) => {
    const n = m[1] !== undefined ? Number(m[1]) : (NUMBER_WORDS.get(m[2] ?? "") ?? 0);
    found.push(indexMention(n, count, true, m[0].trim()));
    return true;
  });
  masked.take(ORDINAL_NUMBER_NOUN, (m) => {
    found.push(indexMention(Number(m[1]), count, true, m[0].trim()));
    return true;
  });
  for (const part of PARTS) {
    masked.take(part.re, (m) => {
      const slots = facts.filter((f) => f.minutes >= part.from && f.minutes < part.to).map((f) => f.index);
      found.push({ slots, strong: false, words: m[0].trim() });
      return true;
    });
  }
  return found;
}

const WITH_A_LONE_NUMBER = new Set(
  "please pls thanks thank you ok okay is are fine works work for us me good great best suits suit would be that i i'll we we'll go with choose pick take it the one number prosze dziekuje pasuje mi dobrze va rog multumesc e bine будь ласка дякую підходить شكرا من فضلك مناسب theek hai shukriya"
    .split(" ")
    .map(fold),
);

const weekdayMention = (
  facts: readonly SlotFacts[],
  day: number,
  strong: boolean,
  words: string,
): Mention => ({
  slots: facts.filter((f) => f.weekday === day).map((f) => f.index),
  strong,
  words,
});

// "The last time we met" is about the past, not the offer.
const STORY_AFTER_TIME = new Set(["we", "i", "you", "he", "she", "they", "my", "our", "this", "that", "was"]);

function wordMention(
  tokens: readonly string[],
  i: number,
  word: string,
  facts: readonly SlotFacts[],
  count: number,
): Mention | undefined {
  const day = WEEKDAY_WORDS.get(word);
  if (day !== undefined) return weekdayMention(facts, day, true, word);
  const typo = misspeltWeekday(word);
  if (typo !== undefined) return weekdayMention(facts, typo, false, word);
  const english = ENGLISH_ORDINALS.get(word);
  const other = OTHER_ORDINALS.get(word);
  const ordinal = english ?? other;
  if (ordinal === undefined) return undefined;
  const next = tokens[i + 1] ?? "";
  const prev = tokens[i - 1] ?? "";
  const nextButOne = FILLERS.has(next) ? (tokens[i + 2] ?? "") : next;
  const prevButOne = FILLERS.has(prev) ? (tokens[i - 2] ?? "") : prev;
  if (NOT_A_TIME_AFTER_ORDINAL.has(next)) return undefined;
  if ((next === "time" || next === "times") && STORY_AFTER_TIME.has(tokens[i + 2] ?? "")) return undefined;
  if (ORDINAL_NOUNS.has(next) || ORDINAL_NOUNS.has(nextButOne) || ORDINAL_NOUNS.has(prevButOne)) {
    return indexMention(ordinal, count, true, `${word} ${next}`.trim());
  }
  // "the second is fine" or a bare "drugi": likely, but worth a second look.
  return other !== undefined || prev === "the" ? indexMention(ordinal, count, false, word) : undefined;
}

/** Weekdays, ordinals and a lone option number among the words left. */
export function wordMentions(masked: Masked, facts: readonly SlotFacts[], count: number): Mention[] {
  const tokens = [...masked.text.matchAll(TOKEN)].map((m) =>
    m[0].replace(ARABIC_PREFIX, "").replace(/'s?$/, ""),
  );
  const found: Mention[] = [];
  for (const [i, word] of tokens.entries()) {
    const mention = wordMention(tokens, i, word, facts, count);
    if (mention) found.push(mention);
  }
  // A lone "2" counts only among words that could go with it ("2 please", "I'll go with 2"),
  // never beside words that make it a class, a flat or a count of children.
  const digits = tokens.filter((t) => /^[1-9]$/.test(t));
  const [digit] = digits;
  if (
    digit !== undefined &&
    digits.length === 1 &&
    tokens.every((t) => t === digit || WITH_A_LONE_NUMBER.has(t))
  ) {
    found.push(indexMention(Number(digit), count, tokens.length === 1, digit));
  }
  return found;
}
