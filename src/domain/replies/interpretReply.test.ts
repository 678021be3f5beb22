import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instant } from "../time/instant";
import { ianaZone } from "../time/zone";
import { EN_REPLY_LABELS } from "./englishReplyLabels";
import { interpretReply } from "./interpretReply";
import type { ReplyAnswer } from "./replyAnswer";
import type { ReplyInterpretation } from "./replyInterpretation";
import { DECEMBER, type TestOffer } from "./replyTestOffers";
import { formatStructuredReply } from "./structuredReply";

const read = (body: string, options: { subject?: string; html?: boolean; offer?: TestOffer } = {}) => {
  const offer = options.offer ?? DECEMBER;
  return interpretReply({
    subject: options.subject ?? "Re: Meeting times [CG-7K3M-Q9XD]",
    body,
    bodyIsHtml: options.html ?? false,
    offer: { ref: offer.ref, slots: offer.slots, zone: offer.zone },
  });
};

/** Every string anywhere in a value. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(strings)
      : [];

const TAG_START = /<[\p{L}/!?]/u;

const answer: ReplyAnswer = {
  ref: "CG-7K3M-Q9XD",
  choice: 1,
  availability: "",
  adjustments: ["online"],
  interpreterLanguage: "",
  otherNeeds: "",
  supporter: null,
  speakingOrder: "noPreference",
  message: "<script>alert(1)</script> I'll bring my sister",
};

describe("interpretReply", () => {
  it("returns the structured answer exactly, with its text made safe to show", () => {
    const reading = read(formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS));
    expect(reading).toEqual({
      kind: "structured",
      answer: { ...answer, message: "< script>alert(1)< /script> I'll bring my sister" },
      hints: {
        interpreter: null,
        supporter: { who: "my sister", evidence: "< script>alert(1)< /script> I'll bring my sister" },
        online: { evidence: "chosen on the reply page" },
      },
    });
  });

  it("refuses a structured choice the offer does not have", () => {
    const reading = read(formatStructuredReply({ ...answer, choice: 5 }, DECEMBER, EN_REPLY_LABELS));
    expect(reading.kind === "notUnderstood" && reading.code).toBe("choiceNotOffered");
  });

  it("reads new words above an older structured reply, not the old answer", () => {
    const old = formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS);
    const body = `Sorry, can we change to Thursday instead?\n\nOn Mon, 23 Nov 2026 at 09:00, Anna <anna@example.com> wrote:\n${old
      .split("\n")
      .map((l) => `> ${l}`)
      .join("\n")}`;
    expect(read(body)).toMatchObject({ kind: "choice", choice: 2 });
  });

  it("still reads a structured reply forwarded with nothing written above it", () => {
    const body = `-----Original Message-----\nFrom: Anna\nSent: Monday\n\n${formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS)}`;
    expect(read(body).kind).toBe("structured");
  });

  it("gives the evidence and the candidates in the family's words", () => {
    expect(read("Hi, Thursday 3rd at 4 works. Thanks")).toMatchObject({
      kind: "choice",
      choice: 2,
      confidence: "high",
      evidence: "Hi, Thursday 3rd at 4 works.",
    });
    expect(read("Tuesday or Thursday")).toEqual({
      kind: "unclear",
      candidates: [1, 2],
      code: "several",
      reason: "“Tuesday … Thursday” names more than one offered time",
      hints: { interpreter: null, supporter: null, online: null },
    });
    expect(read("can't do any, I work until 5")).toMatchObject({
      kind: "noneWork",
      availability: "can't do any, I work until 5",
    });
  });

  it("reads weekdays on the family's clock, not the machine's or UTC", () => {
    // 20:30 UTC on Tuesday 1 December is 02:00 on Wednesday in Kolkata.
    const offer: TestOffer = {
      ...DECEMBER,
      zone: ianaZone("Asia/Kolkata"),
      slots: [
        {
          start: instant(Date.parse("2026-12-01T20:30:00Z")),
          end: instant(Date.parse("2026-12-01T21:30:00Z")),
        },
      ],
    };
    expect(read("Wednesday at 2am", { offer })).toMatchObject({
      kind: "choice",
      choice: 1,
      confidence: "high",
    });
    expect(read("Tuesday", { offer })).toMatchObject({ kind: "unclear", code: "notOffered" });
  });

  it("finds requests for an interpreter, a supporter and joining online", () => {
    expect(read("Tuesday. I need a translator, Polish please.").hints.interpreter).toEqual({
      language: "Polish",
      evidence: "I need a translator",
    });
    expect(read("Tuesday. We don't need an interpreter.").hints.interpreter).toBeNull();
    expect(
      read("Tuesday. I need an interpreter as I don't speak English well.").hints.interpreter?.language,
    ).toBeNull();
    expect(read("Tuesday. My advocate from Enquire will come with me.").hints.supporter?.who).toBe(
      "My advocate from Enquire",
    );
    expect(read("Tuesday, I'll bring Zofia Wiśniewska").hints.supporter?.who).toBe("Zofia Wiśniewska");
    expect(read("Tuesday, I'll bring my son").hints.supporter).toBeNull();
    expect(read("Tuesday, could it be a video call?").hints.online).toEqual({
      evidence: "could it be a video call?",
    });
    expect(read("Tuesday, in person rather than online").hints.online).toBeNull();
    expect(read("Tuesday, I'd rather not do Teams").hints.online).toBeNull();
  });

  // Thousands of generated cases take seconds on a loaded two-core machine: past Vitest's 5 s default.
  it("never throws and never returns markup, for any text or HTML", { timeout: 30_000 }, () => {
    const fragments = fc.constantFrom(
      "Tuesday",
      "tusday",
      "wtorek",
      "الثلاثاء",
      "вівторок",
      "not",
      "none of",
      "any",
      "2",
      "option",
      "the second one",
      "3rd",
      "at 4",
      "3:30pm",
      "half",
      "afternoon",
      "but",
      ", ",
      ". ",
      "\n",
      "> ",
      "On Fri wrote:",
      "<p>",
      "</div>",
      "<b",
      "&lt;b&gt;",
      "&#60;i&#62;",
      "[cg1:",
      "]",
      "CG-7K3M-Q9XD",
      "I'll bring my ",
      "interpreter",
    );
    const body = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc
        .array(fc.oneof(fragments, fc.string({ maxLength: 4 })), { maxLength: 30 })
        .map((parts) => parts.join(" ")),
    );
    fc.assert(
      fc.property(body, fc.string({ maxLength: 60 }), fc.boolean(), (text, subject, html) => {
        let reading: ReplyInterpretation | undefined;
        expect(() => {
          reading = read(text, { subject, html });
        }).not.toThrow();
        for (const s of strings(reading)) expect(s).not.toMatch(TAG_START);
        if (reading?.kind === "choice") expect(reading.choice).toBeGreaterThanOrEqual(1);
        if (reading?.kind === "choice") expect(reading.choice).toBeLessThanOrEqual(DECEMBER.slots.length);
        if (reading?.kind === "unclear") {
          expect(reading.candidates.every((c) => c >= 1 && c <= DECEMBER.slots.length)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
