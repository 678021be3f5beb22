import { describe, expect, it } from "vitest";
import { interpretReply } from "./interpretReply";
import { type CorpusCase, REPLY_CORPUS } from "./replyCorpus";
import type { ReplyInterpretation } from "./replyInterpretation";

/** The reading in the corpus's terms, so each case can be compared exactly. */
function summary(r: ReplyInterpretation): Pick<CorpusCase, "expected" | "hints"> {
  const { interpreter, supporter, online } = r.hints;
  const hints = {
    ...(interpreter ? { interpreter: interpreter.language } : {}),
    ...(supporter ? { supporter: supporter.who } : {}),
    ...(online ? { online: true as const } : {}),
  };
  const withHints = (expected: CorpusCase["expected"]) =>
    Object.keys(hints).length > 0 ? { expected, hints } : { expected };
  switch (r.kind) {
    case "structured":
      return withHints({ kind: "structured", choice: r.answer.choice });
    case "choice":
      return withHints({ kind: "choice", choice: r.choice, confidence: r.confidence });
    case "noneWork":
      return withHints({ kind: "noneWork" });
    case "unclear":
      return withHints({ kind: "unclear", candidates: r.candidates, code: r.code });
    case "notUnderstood":
      return withHints({ kind: "notUnderstood", code: r.code });
  }
}

describe("reply corpus", () => {
  it("has at least thirty replies", () => {
    expect(REPLY_CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(REPLY_CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const reading = interpretReply({
      subject: c.subject,
      body: c.body,
      bodyIsHtml: c.html,
      offer: { ref: c.offer.ref, slots: c.offer.slots, zone: c.offer.zone },
    });
    const expected = c.hints ? { expected: c.expected, hints: c.hints } : { expected: c.expected };
    expect(summary(reading)).toEqual(expected);
  });
});
