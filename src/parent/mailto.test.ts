import { describe, expect, it } from "vitest";
import type { ReplyAnswer } from "../domain/replies/replyAnswer";
import { encodedBodyLength, fitReply, mailtoUrl } from "./mailto";

const answer: ReplyAnswer = {
  ref: "CG-7K3M-Q9XD",
  choice: 1,
  availability: "",
  adjustments: [],
  interpreterLanguage: "",
  otherNeeds: "",
  supporter: null,
  speakingOrder: "noPreference",
  message: "",
};
const render = (a: ReplyAnswer) => `Reference: ${a.ref}\nMessage: ${a.message}\nOther: ${a.otherNeeds}\n`;

describe("mailtoUrl", () => {
  it("percent-encodes the subject and body, with CRLF line breaks", () => {
    expect(mailtoUrl("office@school.example", "Re: Meeting times [CG-7K3M-Q9XD]", "a & b\nżółw?")).toBe(
      "mailto:office@school.example?subject=Re%3A%20Meeting%20times%20%5BCG-7K3M-Q9XD%5D&body=a%20%26%20b%0D%0A%C5%BC%C3%B3%C5%82w%3F",
    );
  });
});

describe("fitReply", () => {
  it("leaves a reply that fits alone", () => {
    const fitted = fitReply({ ...answer, message: "Thank you" }, render);
    expect(fitted).toEqual({
      answer: { ...answer, message: "Thank you" },
      body: render(fitted.answer),
      shortened: [],
    });
  });

  it("shortens the message as little as it must, and says so", () => {
    const long = { ...answer, message: "ب".repeat(400) };
    const fitted = fitReply(long, render, 1000);
    expect(fitted.shortened).toEqual(["message"]);
    expect(encodedBodyLength(fitted.body)).toBeLessThanOrEqual(1000);
    expect(
      encodedBodyLength(
        render({ ...long, message: `${"ب".repeat(Array.from(fitted.answer.message).length)}…` }),
      ),
    ).toBeGreaterThan(1000);
    expect(fitted.answer.message.endsWith("…")).toBe(true);
  });

  it("moves on to other needs when the message alone is not enough", () => {
    const long = { ...answer, message: "x".repeat(600), otherNeeds: "y".repeat(600) };
    const fitted = fitReply(long, render, 400);
    expect(fitted.shortened).toEqual(["message", "otherNeeds"]);
    expect(fitted.answer.message).toBe("");
    expect(encodedBodyLength(fitted.body)).toBeLessThanOrEqual(400);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const fitted = fitReply({ ...answer, message: "😀".repeat(300) }, render, 500);
    expect(fitted.answer.message).toMatch(/^(😀)+…$/u);
  });
});
