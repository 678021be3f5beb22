import fc from "fast-check";
import { ADJUSTMENT_CODES, type ReplyAnswer, type SpeakingOrder } from "./replyAnswer";

/*
 * Test data for structured replies: any answer the parent page could send, and the damage mail
 * apps do to a body on the way (for property tests only).
 */

const CROCKFORD = [..."0123456789ABCDEFGHJKMNPQRSTVWXYZ"];
const SAMPLES = [
  "Zofia Wiśniewska",
  "فاطمة الزهراء",
  "عائشہ خان",
  "Олена Коваленко",
  "Ștefan Țurcanu",
  'O\'Brien "Jo"',
  "[cg1:eyJyIjoiQ0ctMDAwMC0wMDAwIn0]",
  "a]b[c [ ]",
  "<b>bold</b> &amp; co > quoted",
  "😀👨‍👩‍👧 🇵🇱",
  "= =3D =\u00ad",
  "\u00a0non-breaking\u00a0",
  "",
];
const MULTI_LINE_SAMPLES = [
  "line one\nline two",
  "tabs\tand\n\nblank lines",
  "> looks quoted\n> twice",
  "On Tue wrote:\nhi",
];

const oneLine = (max: number) =>
  fc
    .oneof(fc.constantFrom(...SAMPLES), fc.string({ unit: "grapheme", maxLength: 40 }))
    .filter((s) => s.length <= max && !/[\p{Cc}\p{Cs}]/u.test(s));

const manyLines = (max: number) =>
  fc
    .oneof(
      fc.constantFrom(...SAMPLES, ...MULTI_LINE_SAMPLES),
      fc.string({ unit: "grapheme", maxLength: 120 }),
      fc.array(fc.constantFrom(...SAMPLES), { maxLength: 6 }).map((parts) => parts.join("\n")),
    )
    .filter((s) => s.length <= max && !/\p{Cs}|(?![\n\t])\p{Cc}/u.test(s));

/** Any answer the parent page can produce. */
export const answerArb: fc.Arbitrary<ReplyAnswer> = fc.record({
  ref: fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 4, maxLength: 4 }),
      fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 4, maxLength: 4 }),
    )
    .map(([a, b]) => `CG-${a}-${b}`),
  choice: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  availability: manyLines(1000),
  adjustments: fc.shuffledSubarray([...ADJUSTMENT_CODES]),
  interpreterLanguage: oneLine(60),
  otherNeeds: manyLines(1000),
  supporter: fc.option(
    fc.record({
      name: oneLine(100).filter((s) => s.trim() !== ""),
      relationship: oneLine(100),
      sharePapers: fc.boolean(),
      email: fc.option(
        fc.emailAddress().filter((e) => e.length <= 254),
        { nil: undefined },
      ),
    }),
    { nil: null },
  ),
  speakingOrder: fc.constantFrom<SpeakingOrder>("first", "after", "noPreference"),
  message: manyLines(4000),
});

type Mangle = (text: string) => string;

const lines =
  (f: (line: string) => string): Mangle =>
  (text) =>
    text.split("\n").map(f).join("\n");
const chunks = (line: string, width: number) => {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out.length > 0 ? out : [""];
};

/** Hard wrap at 76 columns, as plain-text mail apps do to long words. */
const wrap76: Mangle = lines((line) => chunks(line, 76).join("\n"));
/** format=flowed: a space before each soft break. */
const flowed: Mangle = lines((line) => chunks(line, 72).join(" \n"));
/** Quoted once more by a reply. */
const quote: Mangle = lines((line) => `> ${line}`);
const crlf: Mangle = (text) => text.replace(/\r?\n/g, "\r\n");
const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Converted to HTML by the sending app, a paragraph per line. */
const paragraphs: Mangle = (text) =>
  `<html><body>${text
    .split(/\r?\n/)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("\n")}</body></html>`;
/** Outlook's style: spans inside divs, spaces as &nbsp;. */
const outlookHtml: Mangle = (text) =>
  text
    .split(/\r?\n/)
    .map(
      (l) =>
        `<div class="elementToProof"><span style="font-size:11pt">${escapeHtml(l).replace(/ /g, "&nbsp;")}</span></div>`,
    )
    .join("");
/** Soft hyphens, zero-width and non-breaking spaces sprinkled through the token. */
const sprinkle: Mangle = (text) =>
  text.replace(/\[cg1:[^\]]*\]/, (token) =>
    [...token]
      .map((ch, i) =>
        i % 17 === 16 ? `${ch}\u00ad` : i % 29 === 28 ? `${ch}\u200b` : i % 41 === 40 ? `${ch}\u00a0` : ch,
      )
      .join(""),
  );
/** Quoted-printable left undecoded: soft breaks every 75 characters and `=` escaped. */
const quotedPrintable: Mangle = (text) =>
  text
    .split(/\r?\n/)
    .map((line) => chunks(line.replace(/=/g, "=3D"), 75).join("=\r\n"))
    .join("\r\n");

/** Each kind of damage on its own, for examples. */
export const MANGLES = {
  wrap76,
  flowed,
  quote,
  crlf,
  sprinkle,
  paragraphs,
  outlookHtml,
  quotedPrintable,
} as const;

/** A realistic sequence of damage: text-level changes, then perhaps HTML, then perhaps QP. */
export const mangledArb: fc.Arbitrary<Mangle> = fc
  .record({
    text: fc.shuffledSubarray([wrap76, flowed, quote, crlf, sprinkle]),
    html: fc.constantFrom<Mangle | undefined>(undefined, paragraphs, outlookHtml),
    qp: fc.boolean(),
  })
  .map(({ text, html, qp }) => (body: string) => {
    let out = text.reduce((acc, f) => f(acc), body);
    if (html) out = html(out);
    return qp ? quotedPrintable(out) : out;
  });
