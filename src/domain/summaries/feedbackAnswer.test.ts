import { describe, expect, it } from "vitest";
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
