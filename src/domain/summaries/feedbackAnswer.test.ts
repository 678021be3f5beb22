import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MANGLES, mangledArb } from "../replies/structuredReplyArbitraries";
import { feedbackToken, listenedByTerm, readFeedbackToken, termOf } from "./feedbackAnswer";
import { decodeFeedback, encodeFeedback, isFeedbackFragment } from "./feedbackLink";

describe("the family's answer to a summary", () => {
  it("travels as a cgf1 token and reads back, even wrapped and quoted by a mail app", () => {
    const answer = {
      ref: "CG-7K3M-Q9XD-S1",
      listened: "partly" as const,
      notes: "correct" as const,
      comment: "The date is wrong.\nŁucja",
    };
    const token = feedbackToken(answer);
    expect(token).toMatch(/^\[cgf1:[A-Za-z0-9_-]+\]$/);
    expect(readFeedbackToken(`Partly\n\n${token}`)).toEqual(answer);
    const wrapped = `> ${token.slice(0, 20)}\n> ${token.slice(20)}`;
    expect(readFeedbackToken(wrapped)).toEqual(answer);
  });

  it("is not an offer's cg1 token, and rejects damaged or made-up ones", () => {
    expect(readFeedbackToken("[cg1:eyJyIjoiQ0ctN0szTS1ROVhEIn0]")).toBeUndefined();
    expect(
      readFeedbackToken(
        feedbackToken({ ref: "CG-7K3M-Q9XD", listened: "yes", notes: undefined, comment: "" }),
      ),
    ).toBeUndefined();
    expect(readFeedbackToken("[cgf1:e30]")).toBeUndefined();
    expect(readFeedbackToken("no token")).toBeUndefined();
  });

  it("its link carries only the reference, the reply address, the language and the version", () => {
    const link = encodeFeedback({
      v: 1,
      ref: "CG-7K3M-Q9XD-S2",
      replyTo: "a@school.org",
      lang: "pl",
      version: 2,
    });
    expect(isFeedbackFragment(`#${link}`)).toBe(true);
    expect(isFeedbackFragment("#o2.abc.12345678")).toBe(false);
    expect(decodeFeedback(`#${link}`)).toEqual({
      v: 1,
      ref: "CG-7K3M-Q9XD-S2",
      replyTo: "a@school.org",
      lang: "pl",
      version: 2,
    });
    expect(decodeFeedback(`${link.slice(0, -1)}0`)).toBeUndefined();
  });

  it("is counted by school term, counts only", () => {
    expect([termOf("2026-09-01"), termOf("2027-01-10"), termOf("2027-06-30"), termOf("2026-07-31")]).toEqual([
      "Autumn 2026–27",
      "Spring 2026–27",
      "Summer 2026–27",
      "Summer 2025–26",
    ]);
    expect(
      listenedByTerm([
        { date: "2026-11-02", listened: "yes" },
        { date: "2026-11-20", listened: "partly" },
        { date: "2027-02-01", listened: "no" },
        { date: "2026-12-01", listened: "yes" },
      ]),
    ).toEqual([
      { term: "Spring 2026–27", yes: 0, partly: 0, no: 1 },
      { term: "Autumn 2026–27", yes: 2, partly: 1, no: 0 },
    ]);
  });
});

describe("the summary answer token through a mail client", () => {
  const answer = {
    ref: "CG-7K3M-Q9XD-S1",
    listened: "no" as const,
    notes: "confirm" as const,
    comment: "Nobody asked what Grace thinks. = signs, [brackets] and > quotes stay.",
  };
  const reply = `Thank you.\n\n${feedbackToken(answer)}\n\nHeather`;

  it.each(Object.entries(MANGLES))("reads back after %s", (_, mangle) => {
    expect(readFeedbackToken(mangle(reply))).toEqual(answer);
  });

  it("reads back from quoted-printable with soft breaks at 76 columns, =3D escapes and > quoting", () => {
    const qp = MANGLES.quotedPrintable(`a=b ${reply}`);
    expect(qp).toContain("=\r\n");
    expect(qp).toContain("=3D");
    const quoted = MANGLES.quote(qp);
    expect(readFeedbackToken(quoted)).toEqual(answer);
  });

  it("reads back when a quoted-printable soft break falls inside an HTML character reference", () => {
    const html = MANGLES.outlookHtml(MANGLES.flowed(`# #&\n${feedbackToken(answer)}\n`));
    const broken = MANGLES.quotedPrintable(html);
    expect(broken).toMatch(/&nb?s?p?=\r\n/);
    expect(readFeedbackToken(broken)).toEqual(answer);
  });

  it("the newest intact answer wins over one quoted below it", () => {
    const older = feedbackToken({ ...answer, listened: "yes", comment: "" });
    const text = `${feedbackToken(answer)}\n\n> On Monday you wrote:\n> [cgf1:broken!]\n> ${older}`;
    expect(readFeedbackToken(text)).toEqual(answer);
    expect(readFeedbackToken(`[cgf1:AAAA]\n${older}`)?.listened).toBe("yes");
  });

  it("reads any answer back through any realistic damage (property)", () => {
    const answerArb = fc.record({
      ref: fc
        .tuple(
          fc.stringMatching(/^[0-9A-Z]{4}$/),
          fc.stringMatching(/^[0-9A-Z]{4}$/),
          fc.integer({ min: 1, max: 999 }),
        )
        .map(([a, b, n]) => `CG-${a}-${b}-S${n}`),
      listened: fc.constantFrom("yes" as const, "partly" as const, "no" as const, undefined),
      notes: fc.constantFrom("confirm" as const, "correct" as const, undefined),
      comment: fc.string({ unit: "grapheme", maxLength: 300 }),
    });
    fc.assert(
      fc.property(answerArb, fc.string({ maxLength: 200 }), mangledArb, (a, words, mangle) => {
        const read = readFeedbackToken(mangle(`${words.replaceAll("[", "(")}\n${feedbackToken(a)}\n`));
        expect(read).toEqual({ ...a, comment: a.comment.replace(/(?![\n\t])[\p{Cc}\p{Cs}]/gu, "") });
      }),
      { numRuns: 300, interruptAfterTimeLimit: 20_000 },
    );
  });

  it("takes time in proportion to the text, however hostile", () => {
    const hostile = [
      "[cgf1:".repeat(60_000),
      `[cgf1:${"A=\r\n> ".repeat(60_000)}`,
      `[${"<b>".repeat(60_000)}`,
      "[c=\r\ng=\r\nf=\r\n1=\r\n:".repeat(20_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      expect(readFeedbackToken(text)).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
