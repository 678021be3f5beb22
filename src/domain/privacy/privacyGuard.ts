import { NEEDS_WORDS, type NeedsTerm } from "./needsWords";
import { isCapitals, type Word, wordsOf } from "./words";

/** The child a meeting is about, as the school's records name them. */
export interface ChildName {
  readonly first: string;
  readonly surname: string;
}

/** The school's records hold one name: its first word is the first name, the rest the surname. */
export function childNameOf(fullName: string): ChildName {
  const [first = "", ...rest] = fullName.trim().split(/\s+/u);
  return { first, surname: rest.join(" ") };
}

/** Where a text goes once it leaves the school. */
export type OutgoingPlace =
  | "purpose"
  | "note"
  | "emailSubject"
  | "link"
  | "eventSubject"
  | "eventBody"
  | "eventLocation";

export interface OutgoingText {
  readonly where: OutgoingPlace;
  readonly text: string;
}

/**
 * Something in an outgoing text that tells a reader about the child. `childName` (the first name,
 * alone or with the surname) stops a send; the others are warnings staff may overrule.
 */
export type PrivacyFinding =
  | { readonly kind: "childName"; readonly where: OutgoingPlace; readonly found: string }
  | { readonly kind: "surname"; readonly where: OutgoingPlace; readonly found: string }
  | { readonly kind: "initials"; readonly where: OutgoingPlace; readonly found: string }
  | {
      readonly kind: "needsWord";
      readonly where: OutgoingPlace;
      readonly found: string;
      readonly term: string;
    };

/** Whether a finding stops the send rather than warning. */
export const blocksSending = (finding: PrivacyFinding): boolean => finding.kind === "childName";

// A name longer than this many words is not a name; comparing stays constant work per word.
const MAX_NAME_WORDS = 8;

type Phrase = readonly string[];

interface Phrases {
  /** By first word, so each word of a text is compared only with phrases that could start there. */
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: Phrase; readonly term: string }[]>;
}

function phraseOf(text: string): Phrase {
  return wordsOf(text)
    .words.slice(0, MAX_NAME_WORDS)
    .map((w) => w.folded);
}

function phrases(entries: readonly { readonly words: Phrase; readonly term: string }[]): Phrases {
  const byFirst = new Map<string, { words: Phrase; term: string }[]>();
  for (const entry of entries) {
    const first = entry.words[0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  return { byFirst };
}

const NEEDS: Phrases = phrases(
  NEEDS_WORDS.flatMap((n: NeedsTerm) => n.forms.map((f) => ({ words: phraseOf(f), term: n.term }))),
);

/** A name needs two letters to mean anything: "J" alone matches far too much. */
const isName = (phrase: Phrase) => phrase.join("").length >= 2;

/** Whether a word begins with a small letter of a script that has capitals. */
const startsSmall = (plain: string) => {
  const first = String.fromCodePoint(plain.codePointAt(0) ?? 32);
  return first === first.toLowerCase() && first !== first.toUpperCase();
};

/**
 * Whether `phrase` is written at word `i`. As a name, a word starting with a small letter does
 * not count, so a child called Will, Grace or Hope does not stop "we will meet" or "we hope".
 */
function at(words: readonly Word[], i: number, phrase: Phrase, asName: boolean, masked: readonly boolean[]) {
  for (let k = 0; k < phrase.length; k++) {
    const word = words[i + k];
    if (word === undefined || masked[i + k] || word.folded !== phrase[k]) return false;
    if (asName && startsSmall(word.plain)) return false;
  }
  return true;
}

/**
 * Looks for the child's first name, surname and initials (as "J.S.", "J. S." or "JS" on its own),
 * and for words naming a diagnosis or need, in every text that leaves the school. Matching folds
 * case and accents and finds words by Unicode properties, so "ZOE" finds Zoë, "Lucja" finds
 * Łucja, "ОЛЯ" finds Оля and "نُور" finds نور. Names in `allowed` (the carers', who receive these
 * texts and are named in them on purpose) are not counted as the child's surname.
 *
 * Runs in time linear in the texts' length: each word is compared with a bounded number of
 * phrases. Never throws.
 */
export function privacyFindings(
  texts: readonly OutgoingText[],
  child: ChildName,
  allowed: readonly string[] = [],
): PrivacyFinding[] {
  const first = phraseOf(child.first);
  const surname = phraseOf(child.surname);
  const initials = initialsOf(child);
  const allowedPhrases = phrases(
    allowed
      .map(phraseOf)
      .filter((p) => p.length > 0)
      .map((words) => ({ words, term: "" })),
  );
  const findings = new Map<string, PrivacyFinding>();
  const add = (finding: PrivacyFinding) => {
    const key = `${finding.kind}|${finding.where}|${finding.found.toLowerCase()}`;
    if (!findings.has(key)) findings.set(key, finding);
  };

  for (const { where, text } of texts) {
    const { words, text: decomposed } = wordsOf(text);
    const shown = (i: number, n: number) =>
      decomposed.slice(words[i]?.start ?? 0, words[i + n - 1]?.end ?? 0).normalize("NFC");
    const masked = maskAllowed(words, allowedPhrases);
    // After the full name, its surname is part of that finding, not one of its own.
    let surnameFrom = 0;
    for (let i = 0; i < words.length; i++) {
      if (isName(first) && at(words, i, first, true, masked)) {
        const full = isName(surname) && at(words, i + first.length, surname, true, masked);
        add({ kind: "childName", where, found: shown(i, first.length + (full ? surname.length : 0)) });
        if (full) surnameFrom = i + first.length + surname.length;
      } else if (i >= surnameFrom && isName(surname) && at(words, i, surname, true, masked)) {
        add({ kind: "surname", where, found: shown(i, surname.length) });
      }
      for (const need of NEEDS.byFirst.get(words[i]?.folded ?? "") ?? [])
        if (at(words, i, need.words, false, masked))
          add({ kind: "needsWord", where, found: shown(i, need.words.length), term: need.term });
      const initial = initials && initialsAt(words, decomposed, i, initials);
      if (initial) add({ kind: "initials", where, found: shown(i, initial) });
    }
  }
  return [...findings.values()];
}

/** Marks the words that are part of an allowed name. */
function maskAllowed(words: readonly Word[], allowed: Phrases): boolean[] {
  const masked = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    for (const name of allowed.byFirst.get(words[i]?.folded ?? "") ?? []) {
      if (!at(words, i, name.words, false, masked)) continue;
      for (let k = 0; k < name.words.length; k++) masked[i + k] = true;
      break;
    }
  }
  return masked;
}

/** The child's initials, folded ("js"), when both names start with a letter that has capitals. */
function initialsOf(child: ChildName): readonly [string, string] | undefined {
  const f = wordsOf(child.first).words[0]?.plain.charAt(0) ?? "";
  const s = wordsOf(child.surname).words[0]?.plain.charAt(0) ?? "";
  if (!isCapitals(f.toUpperCase()) || !isCapitals(s.toUpperCase())) return undefined;
  const fold = (c: string) => wordsOf(c).words[0]?.folded ?? "";
  return [fold(f), fold(s)];
}

/**
 * How many words the initials take at word `i`: 1 for "JS" written on its own, 2 for "J.S." or
 * "J. S." (capitals joined by a full stop); 0 when they are not there. Only capitals count, so the
 * ordinary word "as" is not Alex Smith.
 */
function initialsAt(
  words: readonly Word[],
  text: string,
  i: number,
  [f, s]: readonly [string, string],
): number {
  const word = words[i];
  if (word === undefined || !isCapitals(word.plain)) return 0;
  if (word.folded === f + s) return 1;
  const next = words[i + 1];
  if (word.folded !== f || next === undefined || next.folded !== s || !isCapitals(next.plain)) return 0;
  return /^\. ?$/.test(text.slice(word.end, next.start)) ? 2 : 0;
}
