import type { Sentence } from "./replyClauses";
import {
  AFFIRMATIVE,
  ALL_OF_THEM,
  ANY_OTHER,
  ANY_WILL_DO,
  NEGATION,
  NONE_WORK,
  OTHER_TIMES,
  REASON,
  SET_PHRASES,
} from "./replyPhrases";
import type { SlotFacts } from "./slotFacts";
import { fold } from "./textFold";
import { Masked, type Mention, timeAndDateMentions } from "./timeMentions";
import { phraseMentions, wordMentions } from "./wordMentions";

/*
 * Reading each thought in a reply: which offered times it names and whether it says yes or no
 * to them. Comma pieces that name no time join the piece before them (or after, at the start of
 * a sentence), so "Thursday, unfortunately, is no good" is read as one "no".
 */

/** One thought of a reply: its words, the times it names and what it says about them. */
export interface Group {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly negative: boolean;
  /** Says none of the times work ("none of these", "can't do any"). */
  readonly noneWork: boolean;
  /** Asks for other times ("another day"). */
  readonly otherTimes: boolean;
  /** Says any time would do ("either is fine", "I don't mind"). */
  readonly anyWillDo: boolean;
  readonly affirmative: boolean;
  /**
   * A "no" came just before, in a piece naming no time ("we can't come in, can we do Tuesday?").
   * It is usually about something else, so it does not count against the time, but the choice
   * deserves a second look.
   */
  readonly doubtful: boolean;
}

function readPiece(piece: string, facts: readonly SlotFacts[], count: number): Group {
  const folded = fold(piece);
  const anyWillDo = ANY_WILL_DO.test(folded);
  const masked = new Masked(folded.replace(SET_PHRASES, (m) => " ".repeat(m.length)));
  const mentions = [
    ...phraseMentions(masked, facts, count),
    ...timeAndDateMentions(masked, facts),
    ...wordMentions(masked, facts, count),
  ];
  const rest = masked.text;
  // A "no" in a reason is about the reason: "Thursday, as I can't get time off earlier".
  const negative = NEGATION.test(rest.split(REASON)[0] ?? "");
  return {
    text: piece,
    mentions,
    negative,
    noneWork:
      NONE_WORK.test(rest) ||
      (negative && ALL_OF_THEM.test(rest) && !ANY_OTHER.test(rest) && mentions.length === 0),
    otherTimes: OTHER_TIMES.test(rest),
    anyWillDo: anyWillDo && !negative,
    affirmative: AFFIRMATIVE.test(rest),
    doubtful: false,
  };
}

function join(a: Group, b: Group): Group {
  return {
    text: `${a.text}, ${b.text}`,
    mentions: [...a.mentions, ...b.mentions],
    negative: a.negative || b.negative,
    noneWork: a.noneWork || b.noneWork,
    otherTimes: a.otherTimes || b.otherTimes,
    anyWillDo: (a.anyWillDo || b.anyWillDo) && !(a.negative || b.negative),
    affirmative: a.affirmative || b.affirmative,
    doubtful: a.doubtful || b.doubtful,
  };
}

/** A piece naming no time, put before the next one: its "no" becomes a doubt. */
function lead(pending: Group, reading: Group): Group {
  const joined = join({ ...pending, negative: false }, reading);
  return { ...joined, negative: reading.negative, doubtful: joined.doubtful || pending.negative };
}

/** The thoughts of a reply, sentence by sentence. */
export function replyGroups(
  sentences: readonly Sentence[],
  facts: readonly SlotFacts[],
  count: number,
): Group[] {
  const out: Group[] = [];
  for (const sentence of sentences) {
    const groups: Group[] = [];
    let pending: Group | undefined;
    for (const piece of sentence) {
      const alternatives = piece.map((text) => readPiece(text, facts, count));
      // "Not Tuesday or Wednesday": the "not" covers every alternative.
      const negative = alternatives.some((a) => a.negative);
      for (const alternative of alternatives) {
        const reading = { ...alternative, negative, anyWillDo: alternative.anyWillDo && !negative };
        const last = groups[groups.length - 1];
        if (reading.mentions.length > 0) {
          groups.push(pending ? lead(pending, reading) : reading);
          pending = undefined;
        } else if (last) {
          groups[groups.length - 1] = join(last, reading);
        } else {
          pending = pending ? join(pending, reading) : reading;
        }
      }
    }
    if (pending) groups.push(pending);
    out.push(...groups);
  }
  return out;
}

/** The offered times a group's mentions all agree on. */
export function agreed(group: Group): number[] {
  const [first, ...rest] = group.mentions;
  if (!first) return [];
  return first.slots.filter((s) => rest.every((m) => m.slots.includes(s)));
}
