import { base64urlToText, textToBase64url } from "../offers/base64url";
import { tokenPayloads } from "../replies/replyToken";

/** "Did you feel listened to?" */
export type Listened = "yes" | "partly" | "no";
/** What the family says about the notes themselves. */
export type NotesAnswer = "confirm" | "correct";

/** A household's answer to a summary, from the parent page. */
export interface FeedbackAnswer {
  /** The summary reference their email carried, e.g. `CG-7K3M-Q9XD-S1`. */
  readonly ref: string;
  readonly listened: Listened | undefined;
  readonly notes: NotesAnswer | undefined;
  /** Their words, plain text. */
  readonly comment: string;
}

const TAG = "cgf1:";
const SUMMARY_REF = /^CG-[0-9A-Z]{4}-[0-9A-Z]{4}-S\d{1,3}$/;
const MAX_COMMENT = 4_000;

/*
 * The answer rides in the family's email as `[cgf1:<base64url of JSON>]`, beside the offers'
 * `[cg1:…]` (which older links and the reply reader keep using unchanged; `cgf1:` is not `cg1:`,
 * so neither reader mistakes the other's token).
 */
export function feedbackToken(answer: FeedbackAnswer): string {
  const compact = {
    r: answer.ref,
    ...(answer.listened ? { l: answer.listened } : {}),
    ...(answer.notes ? { n: answer.notes } : {}),
    ...(answer.comment ? { c: answer.comment } : {}),
  };
  return `[${TAG}${textToBase64url(JSON.stringify(compact))}]`;
}

/**
 * Reads the answer from an email's plain text; undefined when there is none or it is damaged.
 * The token is found by the offers' scanner, so it survives what mail does to a reply on the way
 * (re-wrapping, `>` quoting, undecoded quoted-printable soft breaks and `=3D` escapes, HTML left
 * in), in one pass over the text. The newest intact answer (the first) wins.
 */
export function readFeedbackToken(text: string): FeedbackAnswer | undefined {
  for (const payload of tokenPayloads(text, TAG)) {
    const answer = answerFromPayload(payload);
    if (answer) return answer;
  }
  return undefined;
}

function answerFromPayload(payload: string): FeedbackAnswer | undefined {
  const json = base64urlToText(payload);
  if (json === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const ref = typeof v.r === "string" && SUMMARY_REF.test(v.r) ? v.r : undefined;
  const listened = v.l === "yes" || v.l === "partly" || v.l === "no" ? v.l : undefined;
  const notes = v.n === "confirm" || v.n === "correct" ? v.n : undefined;
  const comment =
    typeof v.c === "string" ? v.c.replace(/(?![\n\t])[\p{Cc}\p{Cs}]/gu, "").slice(0, MAX_COMMENT) : "";
  if (!ref || (v.l !== undefined && !listened) || (v.n !== undefined && !notes)) return undefined;
  return { ref, listened, notes, comment };
}

/**
 * The school year's term an answer falls in, by the UK's usual pattern: autumn (August to
 * December), spring (January to March), summer (April to July), named with the school year.
 */
export function termOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  const term = month >= 8 ? "Autumn" : month <= 3 ? "Spring" : "Summer";
  return `${term} ${start}–${String((start + 1) % 100).padStart(2, "0")}`;
}

export interface ListenedCount {
  readonly term: string;
  readonly yes: number;
  readonly partly: number;
  readonly no: number;
}

/**
 * "Did you feel listened to?" counted by term, for the school's own evidence: counts only, no
 * names, no comments, newest term first.
 */
export function listenedByTerm(
  answers: readonly { readonly date: string; readonly listened: Listened }[],
): ListenedCount[] {
  const by = new Map<string, { yes: number; partly: number; no: number; key: string }>();
  for (const a of answers) {
    const term = termOf(a.date);
    const row = by.get(term) ?? { yes: 0, partly: 0, no: 0, key: a.date };
    row[a.listened] += 1;
    if (a.date > row.key) row.key = a.date;
    by.set(term, row);
  }
  return [...by.entries()]
    .sort((a, b) => b[1].key.localeCompare(a[1].key))
    .map(([term, r]) => ({ term, yes: r.yes, partly: r.partly, no: r.no }));
}
