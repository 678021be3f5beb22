import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";
import { freeTextChoice } from "./freeTextChoice";
import { plainTextOnly } from "./plainText";
import type { ReplyAnswer } from "./replyAnswer";
import { sentences } from "./replyClauses";
import { replyGroups } from "./replyGroups";
import { type ReplyHints, replyHints } from "./replyHints";
import type { ReplyInterpretation } from "./replyInterpretation";
import { findReference, MAX_BODY, replyText } from "./replyText";
import { withoutTokens } from "./replyToken";
import { slotFacts } from "./slotFacts";
import { hasStructuredToken, parseStructuredReply } from "./structuredReply";

// The reading's types live beside the code that builds most of them; callers get the function
// and its result from one place.
export type { NotUnderstoodCode, ReplyInterpretation, UnclearCode } from "./replyInterpretation";

/** A reply as it arrived, and the offer it answers. */
export interface ReplyInput {
  readonly subject: string;
  readonly body: string;
  readonly bodyIsHtml: boolean;
  readonly offer: {
    readonly ref: string;
    readonly slots: readonly { readonly start: Instant; readonly end: Instant }[];
    readonly zone: IanaZone;
  };
}

// "Availability" is read by a person; the first screenful is what they need.
const MAX_AVAILABILITY = 1_000;
// A family's answer is a few sentences. The words are read for times and requests up to this
// length; past it, staff read the reply themselves (and the reading stays quick whatever arrives).
export const MAX_WORDS_READ = 10_000;

function hintsFromText(text: string): ReplyHints {
  return replyHints(sentences(text).flat(2));
}

/** Hints from the structured answer's own fields, filled in from its message where it is silent. */
function hintsFromAnswer(answer: ReplyAnswer): ReplyHints {
  const fromText = hintsFromText(`${answer.message}\n${answer.otherNeeds}\n${answer.availability}`);
  const page = "chosen on the reply page";
  return {
    interpreter: answer.adjustments.includes("interpreter")
      ? { language: answer.interpreterLanguage.trim() || null, evidence: page }
      : fromText.interpreter,
    supporter: answer.supporter ? { who: answer.supporter.name, evidence: page } : fromText.supporter,
    online: answer.adjustments.includes("online") ? { evidence: page } : fromText.online,
  };
}

/** Every string of the answer made safe to show as text (the token itself is exact; this is not). */
function plainAnswer(answer: ReplyAnswer): ReplyAnswer {
  const { supporter } = answer;
  return {
    ...answer,
    availability: plainTextOnly(answer.availability),
    interpreterLanguage: plainTextOnly(answer.interpreterLanguage),
    otherNeeds: plainTextOnly(answer.otherNeeds),
    supporter: supporter
      ? {
          ...supporter,
          name: plainTextOnly(supporter.name),
          relationship: plainTextOnly(supporter.relationship),
        }
      : null,
    message: plainTextOnly(answer.message),
  };
}

function structured(answer: ReplyAnswer, offer: ReplyInput["offer"]): ReplyInterpretation {
  const hints = hintsFromAnswer(plainAnswer(answer));
  if (answer.ref !== offer.ref.toUpperCase()) {
    return {
      kind: "notUnderstood",
      code: "otherOffer",
      reason: `it answers a different offer (${answer.ref})`,
      hints,
    };
  }
  if (answer.choice !== null && answer.choice > offer.slots.length) {
    const reason = `it chose time ${answer.choice}, but only ${offer.slots.length} were offered`;
    return { kind: "notUnderstood", code: "choiceNotOffered", reason, hints };
  }
  return { kind: "structured", answer: plainAnswer(answer), hints };
}

/** A reply read for staff: what it says, and the family's words to show beside it. */
export interface ReadReply {
  readonly reading: ReplyInterpretation;
  /** What the family wrote this time, without our machine token: plain text, at most {@link MAX_WORDS_READ} long. */
  readonly text: string;
}

/**
 * Reads a family's reply to an offer as a suggestion for staff: the exact structured answer when
 * the parent page wrote it, otherwise what the free text says (a time, none, or unclear), with any
 * requests for an interpreter, a supporter or joining online. Only what the family wrote this time
 * counts; quoted history (usually our own offer) is ignored. Never throws; every string returned
 * is plain text. Linear in the body's length, and no more than {@link MAX_BODY} of it is read.
 */
export function readReply(input: ReplyInput): ReadReply {
  const text = replyText(input.body, input.bodyIsHtml, input.subject);
  const words = withoutTokens(text).trim();
  return {
    reading: interpretText(text, input),
    text: words.length > MAX_WORDS_READ ? `${words.slice(0, MAX_WORDS_READ - 1)}…` : words,
  };
}

/** {@link readReply}'s reading alone. */
export function interpretReply(input: ReplyInput): ReplyInterpretation {
  return interpretText(replyText(input.body, input.bodyIsHtml, input.subject), input);
}

function interpretText(newest: string, input: ReplyInput): ReplyInterpretation {
  const { subject, body, offer } = input;
  const answer = parseStructuredReply(newest);
  if (answer) return structured(answer, offer);
  const text = newest.length > MAX_WORDS_READ ? newest.slice(0, MAX_WORDS_READ) : newest;
  const hints = hintsFromText(text);
  if (hasStructuredToken(newest)) {
    return {
      kind: "notUnderstood",
      code: "damagedStructuredReply",
      reason: "its structured part was damaged on the way",
      hints,
    };
  }
  if (text === "") {
    // Nothing new above the history: a structured reply forwarded or quoted whole still counts.
    const quoted = parseStructuredReply(body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body);
    if (quoted) return structured(quoted, offer);
    return { kind: "notUnderstood", code: "empty", reason: "there is nothing in it but quoted mail", hints };
  }
  const ref = findReference(subject, body);
  if (ref !== undefined && ref !== offer.ref.toUpperCase()) {
    return {
      kind: "notUnderstood",
      code: "otherOffer",
      reason: `it is about a different offer (${ref})`,
      hints,
    };
  }
  const facts = slotFacts(offer.slots, offer.zone);
  const groups = replyGroups(sentences(text), facts, offer.slots.length);
  const availability = text.length > MAX_AVAILABILITY ? `${text.slice(0, MAX_AVAILABILITY - 1)}…` : text;
  return freeTextChoice(groups, offer.slots.length, availability, hints);
}
