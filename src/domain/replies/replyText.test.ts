import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities } from "./htmlEntities";
import { htmlToText, QUOTE_MARKER } from "./htmlText";
import { findReference, normaliseWhitespace, replyText } from "./replyText";

const TAG = /<[\p{L}/!?]/u;

describe("htmlToText", () => {
  it("keeps the words, turns blocks into lines and drops scripts, styles and comments", () => {
    const html =
      '<!DOCTYPE html><html><head><title>Tuesday</title><style>p{color:red}</style></head><body><!-- Thursday --><p>Hello <b>there</b></p><div>Line&nbsp;two<br>three</div><script>alert("x")</script><table><tr><td>a</td><td>b</td></tr></table></body></html>';
    expect(normaliseWhitespace(htmlToText(html))).toBe("Hello there\n\nLine two\nthree\n\na b");
  });

  it("decodes character references once, and never hands back a tag", () => {
    expect(htmlToText("&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt;")).toBe(
      "< script>alert(1)< /script> &lt;b&gt;",
    );
    expect(htmlToText("a < b and 3<4, c<d")).toBe("a < b and 3<4, c");
    expect(htmlToText("x <b")).toBe("x ");
    expect(htmlToText("<a title=\"1 > 0\" href='x>y'>link</a> done")).toBe("link done");
    expect(htmlToText(`a <${"b".repeat(5000)} c`)).toBe(`a < ${"b".repeat(5000)} c`);
  });

  it("marks where Outlook, Gmail and Apple Mail put quoted history", () => {
    expect(htmlToText('<div>Yes</div><div id="divRplyFwdMsg">From: x</div>')).toContain(QUOTE_MARKER);
    expect(
      htmlToText('<div>Yes</div><div class="gmail_quote gmail_quote_container">On x wrote:</div>'),
    ).toContain(QUOTE_MARKER);
    expect(htmlToText("<div>Yes</div><blockquote type=cite>old</blockquote>")).toContain(QUOTE_MARKER);
    expect(htmlToText('<div class="gmail_signature">Jane</div>')).not.toContain(QUOTE_MARKER);
  });
});

describe("decodeEntities", () => {
  it("decodes named, decimal, hex and Windows-1252 references and leaves unknown ones", () => {
    expect(decodeEntities("&eacute;&#347;&#x142;&#146;&aogon;&foo;&#0;&AMP;&nbsp")).toBe(
      "éśł’ą&foo;\ufffd&\u00a0",
    );
  });
});

describe("replyText", () => {
  it("keeps only what was written above an Outlook quote", () => {
    const html = `<div>Thursday works.</div><hr><div id="divRplyFwdMsg"><b>From:</b> School<br><b>Sent:</b> 20 November</div><div>1. Tuesday 2. Thursday</div>`;
    expect(replyText(html, true)).toBe("Thursday works.");
  });

  it('cuts at a wrapped "On … wrote:" line and drops the mobile footer', () => {
    const text =
      "Wednesday please\n\nSent from my iPhone\n\nOn Fri, 20 Nov 2026 at 10:02, Aileen MacLeod <\naileen@school.example> wrote:\n> Tuesday";
    expect(replyText(text, false)).toBe("Wednesday please");
  });

  it("cuts at Original Message, Outlook header blocks, Polish and Arabic attributions", () => {
    expect(replyText("Yes\n-----Original Message-----\nFrom: x", false)).toBe("Yes");
    expect(
      replyText("Yes\r\n\r\nFrom: School <a@b>\r\nSent: Friday\r\nTo: me\r\nSubject: times", false),
    ).toBe("Yes");
    expect(replyText("Tak\n\nW dniu pt., 20 lis 2026 o 10:02 Aileen <a@b> napisał(a):\n> x", false)).toBe(
      "Tak",
    );
    expect(replyText("نعم\n\nفي الجمعة، ٢٠ نوفمبر ٢٠٢٦ كتب Aileen <a@b>:\u200f\n> x", false)).toBe("نعم");
  });

  it("drops quoted lines and signatures", () => {
    expect(replyText("> old\nnew\n> older\n-- \nJane\n07700 900123", false)).toBe("new");
  });

  it("keeps the newest message of a forwarded chain when nothing was written above it", () => {
    const text =
      "---------- Forwarded message ---------\nFrom: Tom <t@x>\nDate: Sat, 21 Nov 2026\nSubject: Re: times\nTo: Anna\n\nThe Wednesday one\n\nOn Fri, 20 Nov 2026, School <s@x> wrote:\n> 1. Tuesday";
    expect(replyText(text, false)).toBe("The Wednesday one");
    const outlookForward =
      "\n________________________________\nFrom: Karen\nSent: 21 November\nTo: Office\n\nThursday\n";
    expect(replyText(outlookForward, false, "FW: Meeting times")).toBe("Thursday");
    expect(replyText(outlookForward, false, "RE: Meeting times")).toBe("");
  });

  it("normalises whitespace and removes invisible characters", () => {
    expect(replyText("  Tues\u00adday\u00a0is\u200b  fine \r\n\r\n\r\n\r\nthanks\u202e ", false)).toBe(
      "Tuesday is fine\n\nthanks",
    );
  });

  it("treats a text body that is really HTML as HTML", () => {
    expect(replyText("<div>Tuesday<br>thanks</div>", false)).toBe("Tuesday\nthanks");
  });

  it("never contains a tag, whatever it is given", () => {
    const htmlish = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          "<",
          ">",
          "/",
          "!",
          "?",
          "-",
          "--",
          "p",
          "div",
          "script",
          "<p>",
          "</p>",
          "<br>",
          "<!--",
          "-->",
        ),
        fc.constantFrom(
          "&lt;",
          "&#60;",
          "&#x3c;",
          "&amp;lt;",
          "&gt;",
          '"',
          "'",
          "=",
          " ",
          "\n",
          "b",
          "a href=",
          "<![CDATA[",
        ),
        fc.string({ unit: "grapheme", maxLength: 3 }),
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(htmlish, fc.boolean(), (body, html) => {
        expect(replyText(body, html)).not.toMatch(TAG);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("findReference", () => {
  it("finds the reference in the subject, forgiving case, spacing and look-alike letters", () => {
    expect(findReference("Re: Meeting times [CG-7K3M-Q9XD]", "")).toBe("CG-7K3M-Q9XD");
    expect(findReference("re: cg-7k3m-q9xd", "")).toBe("CG-7K3M-Q9XD");
    expect(findReference("Re: CG 7K3M Q9XD", "")).toBe("CG-7K3M-Q9XD");
    expect(findReference("Re: CG7K3MQ9XD", "")).toBe("CG-7K3M-Q9XD");
    expect(findReference("Re: CG–7K3M–Q9XD", "")).toBe("CG-7K3M-Q9XD");
    expect(findReference("Re: CG-7K3M-Q9XO", "")).toBe("CG-7K3M-Q9X0");
    expect(findReference("Re: CG-1LI0-Q9XD", "")).toBe("CG-1110-Q9XD");
  });

  it("falls back to the body, quoted offer included, and refuses what is not a reference", () => {
    expect(findReference("Re: Meeting", "Yes\n> Reference: <b>CG-4WPA-2HNR</b>")).toBe("CG-4WPA-2HNR");
    expect(findReference("Re: Meeting", "")).toBeUndefined();
    expect(findReference("Re: CG-7K3M-Q9XU", "")).toBeUndefined();
    expect(findReference("Re: XCG-7K3M-Q9XD", "")).toBeUndefined();
    expect(findReference("Re: CG-7K3M-Q9XDA", "")).toBeUndefined();
  });
});
