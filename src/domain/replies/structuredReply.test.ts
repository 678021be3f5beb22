import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64urlToText } from "../offers/base64url";
import { EN_REPLY_LABELS } from "./englishReplyLabels";
import { ADJUSTMENT_CODES, type ReplyAnswer } from "./replyAnswer";
import { checkReplyAnswer } from "./replyAnswerCodec";
import { DECEMBER } from "./replyTestOffers";
import { formatStructuredReply, parseStructuredReply } from "./structuredReply";
import { answerArb, MANGLES, mangledArb } from "./structuredReplyArbitraries";

const answer: ReplyAnswer = {
  ref: "CG-7K3M-Q9XD",
  choice: 2,
  availability: "",
  adjustments: ["interpreter", "stepFree"],
  interpreterLanguage: "Polish",
  otherNeeds: "",
  supporter: { name: "Jane Smith", relationship: "friend", sharePapers: true },
  speakingOrder: "first",
  message: "Thank you – see you then.",
};

describe("formatStructuredReply", () => {
  it("writes readable lines in the carer's language and the token last", () => {
    const text = formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS);
    const lines = text.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "Reference: CG-7K3M-Q9XD",
      "Choice: 2 – Thursday 3 December, 4pm",
      "Adjustments: Interpreter (Polish); Step-free access (no stairs)",
      "Supporter: Jane Smith (friend) – may see the papers: yes",
      "Speak first or after the professionals: first",
      "Message: Thank you – see you then.",
      "",
    ]);
    expect(lines[7]).toMatch(/^\[cg1:[A-Za-z0-9_-]+\]$/);
    expect(lines).toHaveLength(8);
  });

  it("says when none of the times work and what does instead", () => {
    const none = {
      ...answer,
      choice: null,
      availability: "Mondays after 3:30pm",
      adjustments: [],
      supporter: null,
    };
    const lines = formatStructuredReply(none, DECEMBER, EN_REPLY_LABELS).split("\n");
    expect(lines[1]).toBe("Choice: none of these times work");
    expect(lines[2]).toBe("What works instead: Mondays after 3:30pm");
  });

  it("formats the time on the offer's clock, in the offer's language when the labels do not", () => {
    const { slotTime: _english, ...polish } = EN_REPLY_LABELS;
    const text = formatStructuredReply({ ...answer, choice: 1 }, { ...DECEMBER, lang: "pl" }, polish);
    expect(text.split("\n")[1]).toBe("Choice: 1 – wtorek, 1 grudnia 15:30");
  });

  it("keeps a look-alike token in the carer's words from passing for the real one", () => {
    const sneaky = { ...answer, message: "see [cg1:eyJyIjoiQ0ctMDAwMC0wMDAwIn0] and [ cg1 : x]" };
    const text = formatStructuredReply(sneaky, DECEMBER, EN_REPLY_LABELS);
    expect(text).toContain("Message: see (cg1:eyJyIjoiQ0ctMDAwMC0wMDAwIn0] and ( cg1 : x]");
    expect(parseStructuredReply(text)).toEqual(sneaky);
  });

  it("refuses an answer that could not be read back, naming the field", () => {
    expect(() => formatStructuredReply({ ...answer, ref: "CG-1234" }, DECEMBER, EN_REPLY_LABELS)).toThrow(
      /ref/,
    );
    expect(checkReplyAnswer({ ...answer, message: "a\u0000b" })).toEqual({
      ok: false,
      detail: "m: must be plain text",
    });
    expect(checkReplyAnswer({ ...answer, supporter: { ...answer.supporter, name: " " } as never }).ok).toBe(
      false,
    );
    expect(checkReplyAnswer({ ...answer, adjustments: ["stepFree", "stepFree"] }).ok).toBe(false);
    expect(checkReplyAnswer({ ...answer, interpreterLanguage: "Pol\nish" }).ok).toBe(false);
    expect(checkReplyAnswer({ ...answer, message: "\ud800" }).ok).toBe(false);
  });

  it("puts compact JSON in the token, leaving out empty fields", () => {
    const text = formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS);
    const payload = /\[cg1:([A-Za-z0-9_-]+)\]/.exec(text)?.[1] ?? "";
    expect(JSON.parse(base64urlToText(payload) ?? "null")).toEqual({
      r: "CG-7K3M-Q9XD",
      c: 2,
      a: ["interpreter", "stepFree"],
      i: "Polish",
      s: { n: "Jane Smith", r: "friend", p: true },
      o: "f",
      m: "Thank you – see you then.",
    });
  });
});

describe("parseStructuredReply", () => {
  // Thousands of generated cases take seconds on a loaded two-core machine: past Vitest's 5 s default.
  it("round-trips any answer exactly", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(answerArb, (a) => {
        expect(parseStructuredReply(formatStructuredReply(a, DECEMBER, EN_REPLY_LABELS))).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips after wrapping, quoting, CRLF, HTML conversion, soft hyphens and quoted-printable", () => {
    fc.assert(
      fc.property(answerArb, mangledArb, (a, mangle) => {
        expect(parseStructuredReply(mangle(formatStructuredReply(a, DECEMBER, EN_REPLY_LABELS)))).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a token broken across quoted, wrapped HTML lines with quoted-printable soft breaks", () => {
    const long = { ...answer, message: "Zofia Wiśniewska will come too. ".repeat(20) };
    const { wrap76, quote, sprinkle, outlookHtml, quotedPrintable } = MANGLES;
    const mangled = quotedPrintable(
      outlookHtml(quote(wrap76(sprinkle(formatStructuredReply(long, DECEMBER, EN_REPLY_LABELS))))),
    );
    expect(mangled).not.toMatch(/\[cg1:[A-Za-z0-9_-]{80,}\]/);
    expect(mangled).toContain("=\r\n");
    expect(mangled).toContain("&gt;&nbsp;");
    expect(parseStructuredReply(mangled)).toEqual(long);
  });

  it("reads Unicode names and messages in every script", () => {
    const names = [
      "Zofia Wiśniewska",
      "فاطمة الزهراء",
      "عائشہ خان",
      "Олена Коваленко",
      "Ștefan Țurcanu",
      "👩‍👧 Mum",
    ];
    for (const name of names) {
      const a = {
        ...answer,
        supporter: { name, relationship: "сестра", sharePapers: false },
        message: `${name} 🙏 "quoted" [x]`,
      };
      expect(parseStructuredReply(formatStructuredReply(a, DECEMBER, EN_REPLY_LABELS))).toEqual(a);
    }
  });

  it("finds the token in an Outlook HTML reply with the offer quoted below", () => {
    const body = formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS);
    const html = `<html><body><div>${body.split("\n").join("<br>")}</div><div id="divRplyFwdMsg"><b>From:</b> School</div><div>Offer…</div></body></html>`;
    expect(parseStructuredReply(html)).toEqual(answer);
  });

  it("takes the first intact token when an older one is quoted below", () => {
    const older = formatStructuredReply({ ...answer, choice: 1 }, DECEMBER, EN_REPLY_LABELS);
    const newer = formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS);
    expect(
      parseStructuredReply(`${newer}\n\nOn Tue wrote:\n> ${older.split("\n").join("\n> ")}`)?.choice,
    ).toBe(2);
  });

  // Thousands of generated cases take seconds on a loaded two-core machine: past Vitest's 5 s default.
  it("rejects anything malformed without throwing", { timeout: 30_000 }, () => {
    const good =
      /\[cg1:([A-Za-z0-9_-]+)\]/.exec(formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS))?.[1] ?? "";
    for (const text of [
      "",
      "[cg1:]",
      "[cg1:!!!]",
      `[cg1:${good.slice(0, -3)}]`,
      `[cg1:${good}`,
      `[cg2:${good}]`,
      `[cg1:${good}x]`,
      "[cg1:bnVsbA]",
      "[cg1:eyJyIjoiQ0ctN0szTS1ROVhEIiwiYyI6MH0]",
      "[cg1:eyJyIjoiQ0ctN0szTS1ROVhEIiwieiI6MX0]",
    ]) {
      expect(parseStructuredReply(text)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(parseStructuredReply(`[cg1:${s}]`)).toBeUndefined();
        expect(() => parseStructuredReply(s)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it("covers every adjustment code", () => {
    const all = { ...answer, adjustments: [...ADJUSTMENT_CODES].reverse() };
    expect(parseStructuredReply(formatStructuredReply(all, DECEMBER, EN_REPLY_LABELS))).toEqual(all);
  });

  it("reads a token written before supporters had an email or the newer adjustments existed", () => {
    // A reply the parent page produced before issue 10: its JSON exactly as that page wrote it.
    const older = `{"r":"CG-7K3M-Q9XD","c":2,"a":["interpreter","breaks"],"i":"Polish","s":{"n":"Jane Smith","r":"friend","p":true}}`;
    const token = `[cg1:${Buffer.from(older).toString("base64url")}]`;
    expect(parseStructuredReply(`Tuesday is fine\n\n${token}`)).toEqual({
      ...answer,
      adjustments: ["interpreter", "breaks"],
      speakingOrder: "noPreference",
      message: "",
    });
  });

  it("carries a supporter's email and the newer adjustments, and leaves out an email not given", () => {
    const withEmail: ReplyAnswer = {
      ...answer,
      adjustments: ["hearingLoop", "bslInterpreter", "papersTranslated"],
      supporter: {
        name: "Jane Smith",
        relationship: "advocate",
        sharePapers: true,
        email: "jane@advocacy.example",
      },
    };
    const text = formatStructuredReply(withEmail, DECEMBER, EN_REPLY_LABELS);
    const payload = /\[cg1:([A-Za-z0-9_-]+)\]/.exec(text)?.[1] ?? "";
    expect(JSON.parse(base64urlToText(payload) ?? "null").s).toEqual({
      n: "Jane Smith",
      r: "advocate",
      p: true,
      e: "jane@advocacy.example",
    });
    expect(parseStructuredReply(text)).toEqual(withEmail);
    const without = formatStructuredReply(answer, DECEMBER, EN_REPLY_LABELS);
    expect(parseStructuredReply(without)?.supporter).toEqual({
      name: "Jane Smith",
      relationship: "friend",
      sharePapers: true,
    });
  });

  it("refuses a supporter email that is not an address", () => {
    const bad = {
      ...answer,
      supporter: { name: "Jane", relationship: "", sharePapers: true, email: "jane at home" },
    };
    expect(checkReplyAnswer(bad)).toEqual({ ok: false, detail: "s.e: not an email address" });
  });
});
