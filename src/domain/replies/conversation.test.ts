import { describe, expect, it } from "vitest";
import { answerFirst, isAnswer } from "./conversation";
import { NO_HINTS } from "./replyHints";
import type { ReplyInterpretation } from "./replyInterpretation";
import { domainOf, type ReplySender, replySender } from "./replySender";

const choice = (n: number): ReplyInterpretation => ({
  kind: "choice",
  choice: n,
  confidence: "high",
  evidence: `time ${n}`,
  hints: NO_HINTS,
});
const smallTalk: ReplyInterpretation = {
  kind: "notUnderstood",
  code: "noTime",
  reason: "no offered time could be picked out of it",
  hints: NO_HINTS,
};
const asksForInterpreter: ReplyInterpretation = {
  ...smallTalk,
  hints: { ...NO_HINTS, interpreter: { language: "Polish", evidence: "a Polish interpreter please" } },
};
const msg = (id: string, sender: ReplySender, reading: ReplyInterpretation) => ({ id, sender, reading });

describe("whose reply it is", () => {
  const samira = { email: "samira@example.net", otherEmails: ["samira.aziz@work.example.com"] };

  it("is the carer's from an address on record, whatever its case", () => {
    expect(replySender("SAMIRA@Example.NET ", samira, "glenmore.example.org")).toBe("carer");
    expect(replySender("Samira.Aziz@WORK.example.com", samira, "glenmore.example.org")).toBe("carer");
    expect(replySender("samira@example.net", { email: "Samira@Example.net" }, "")).toBe("carer");
  });

  it("is a colleague's from the school's domain, and anyone else's otherwise", () => {
    expect(replySender("david.lee@Glenmore.example.org", samira, "glenmore.example.org")).toBe("school");
    expect(replySender("samira+x@example.net", samira, "glenmore.example.org")).toBe("other");
    expect(replySender("samira@example.net.evil.example", samira, "glenmore.example.org")).toBe("other");
    expect(replySender("", samira, "glenmore.example.org")).toBe("other");
    expect(replySender("x@glenmore.example.org", samira, "")).toBe("other");
    expect(domainOf("a@b@Glenmore.example.org")).toBe("glenmore.example.org");
  });
});

describe("the message that stands for a reply", () => {
  it("is the carer's newest answer, however much small talk came after it", () => {
    const picked = answerFirst([
      msg("4", "other", choice(1)),
      msg("3", "carer", smallTalk),
      msg("2", "carer", choice(2)),
      msg("1", "carer", choice(3)),
    ]);
    expect(picked?.answer.id).toBe("2");
    expect(picked?.others.map((m) => m.id)).toEqual(["4", "3", "1"]);
  });

  it("counts asking for something as an answer", () => {
    expect(isAnswer(asksForInterpreter)).toBe(true);
    expect(isAnswer(smallTalk)).toBe(false);
    expect(isAnswer({ ...smallTalk, code: "otherOffer" })).toBe(false);
    expect(
      answerFirst([msg("2", "carer", smallTalk), msg("1", "carer", asksForInterpreter)])?.answer.id,
    ).toBe("1");
  });

  it("falls back to the carer's small talk, then another address, then a colleague", () => {
    expect(answerFirst([msg("2", "other", choice(1)), msg("1", "carer", smallTalk)])?.answer.id).toBe("1");
    expect(
      answerFirst([msg("3", "school", choice(1)), msg("2", "other", smallTalk), msg("1", "other", choice(2))])
        ?.answer.id,
    ).toBe("1");
    expect(answerFirst([msg("1", "school", choice(1))])?.answer.id).toBe("1");
    expect(answerFirst([])).toBeUndefined();
  });
});
