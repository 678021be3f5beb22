import { z } from "zod/mini";
import { OFFER_REF } from "../offers/offerSchema";
import { ADJUSTMENT_CODES, type AdjustmentCode, type ReplyAnswer, type SpeakingOrder } from "./replyAnswer";

/*
 * The JSON inside a structured reply's `[cg1:…]` token. Short keys and no empty fields, because
 * the token rides in a mailto: body and some mail apps cut those at about 2,000 characters:
 *
 *   r ref · c choice · w availability ("what works") · a adjustments · i interpreter language
 *   n other needs · s supporter {n name, r relationship, p may see papers, e email} · o speaking order
 *   ("f" first, "a" after) · m message
 *
 * A missing key means the empty value, so every answer has exactly one encoding. Fields added
 * later (the supporter's `e`, adjustment codes after `breaks`) are optional, so every older reply
 * still reads the same.
 */

// Parent-page text boxes are bounded by these; anything longer did not come from the page.
const LIMITS = {
  availability: 1_000,
  language: 60,
  otherNeeds: 1_000,
  name: 100,
  relationship: 100,
  email: 254,
  message: 4_000,
};

// Lone surrogates would not survive UTF-8; other control characters have no place in a reply.
const BAD_IN_LINE = /[\p{Cc}\p{Cs}]/u;
const BAD_IN_TEXT = /\p{Cs}|(?![\n\t])\p{Cc}/u;
const ADJUSTMENTS = new Set<string>(ADJUSTMENT_CODES);
/** A supporter's address as the parent page accepts it: one line, something@somewhere.tld. */
export const SUPPORTER_EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]+$/;

const isAdjustment = (code: string): code is AdjustmentCode => ADJUSTMENTS.has(code);
const oneLine = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((s) => !BAD_IN_LINE.test(s), "must be one line of text"),
  );
const manyLines = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((s) => !BAD_IN_TEXT.test(s), "must be plain text"),
  );

const compactSchema = z.strictObject({
  r: z.string().check(z.regex(OFFER_REF, "not a reference like CG-XXXX-XXXX")),
  c: z.optional(z.int().check(z.gte(1), z.lte(99))),
  w: z.optional(manyLines(LIMITS.availability)),
  a: z.optional(
    z
      .array(z.string().check(z.refine(isAdjustment, "not an adjustment")))
      .check(z.refine((codes) => new Set(codes).size === codes.length, "adjustments repeat")),
  ),
  i: z.optional(oneLine(LIMITS.language)),
  n: z.optional(manyLines(LIMITS.otherNeeds)),
  s: z.optional(
    z.strictObject({
      n: oneLine(LIMITS.name).check(z.refine((s) => s.trim() !== "", "a supporter needs a name")),
      r: z.optional(oneLine(LIMITS.relationship)),
      p: z.boolean(),
      e: z.optional(oneLine(LIMITS.email).check(z.regex(SUPPORTER_EMAIL, "not an email address"))),
    }),
  ),
  o: z.optional(z.enum(["f", "a"])),
  m: z.optional(manyLines(LIMITS.message)),
});

type Compact = z.infer<typeof compactSchema>;

const ORDER_CODE: Readonly<Record<SpeakingOrder, "f" | "a" | undefined>> = {
  first: "f",
  after: "a",
  noPreference: undefined,
};

function toCompact(answer: ReplyAnswer): Compact {
  const { supporter } = answer;
  const compact: Record<string, unknown> = {
    r: answer.ref,
    c: answer.choice ?? undefined,
    w: answer.availability || undefined,
    a: answer.adjustments.length > 0 ? [...answer.adjustments] : undefined,
    i: answer.interpreterLanguage || undefined,
    n: answer.otherNeeds || undefined,
    s: supporter
      ? {
          n: supporter.name,
          r: supporter.relationship || undefined,
          p: supporter.sharePapers,
          e: supporter.email || undefined,
        }
      : undefined,
    o: ORDER_CODE[answer.speakingOrder],
    m: answer.message || undefined,
  };
  // JSON.stringify drops undefined values; the schema sees the same shape as the decoder will.
  return JSON.parse(JSON.stringify(compact)) as Compact;
}

function fromCompact(c: Compact): ReplyAnswer {
  return {
    ref: c.r,
    choice: c.c ?? null,
    availability: c.w ?? "",
    adjustments: (c.a ?? []).filter(isAdjustment),
    interpreterLanguage: c.i ?? "",
    otherNeeds: c.n ?? "",
    supporter: c.s
      ? { name: c.s.n, relationship: c.s.r ?? "", sharePapers: c.s.p, ...(c.s.e ? { email: c.s.e } : {}) }
      : null,
    speakingOrder: c.o === "f" ? "first" : c.o === "a" ? "after" : "noPreference",
    message: c.m ?? "",
  };
}

/** Whether an answer can be put in a structured reply; the detail names the first problem. */
export type AnswerCheck = { readonly ok: true } | { readonly ok: false; readonly detail: string };

/** Checks every field of an answer against what a structured reply can carry. */
export function checkReplyAnswer(answer: ReplyAnswer): AnswerCheck {
  const parsed = compactSchema.safeParse(toCompact(answer));
  if (parsed.success) return { ok: true };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    detail: issue ? `${issue.path.join(".") || "answer"}: ${issue.message}` : "invalid answer",
  };
}

/** The compact JSON for an answer (check it first with {@link checkReplyAnswer}). */
export function answerToJson(answer: ReplyAnswer): string {
  return JSON.stringify(toCompact(answer));
}

/** The answer in compact JSON, or undefined when it is not valid JSON of a valid answer. */
export function answerFromJson(json: string): ReplyAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    if (cause instanceof SyntaxError) return undefined;
    throw cause;
  }
  const parsed = compactSchema.safeParse(value);
  return parsed.success ? fromCompact(parsed.data) : undefined;
}
