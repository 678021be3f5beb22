import fc from "fast-check";
import { ianaZone } from "../../time/zone";
import { EN_REPLY_LABELS } from "../englishReplyLabels";
import { formatStructuredReply } from "../structuredReply";

/*
 * Reply bodies built to make a reader slow: each repeats a fragment that once made some scan or
 * pattern go back over what it had read (brackets, broken tokens, tags, references, quotes,
 * marker-like lines, runs of full stops). Test and bench code only.
 */

/** Repeats `fragment` to exactly `size` characters. */
export function repeated(fragment: string, size: number): string {
  return fragment.repeat(Math.ceil(size / fragment.length)).slice(0, size);
}

/** A structured answer's token choosing the second time, as the parent page writes it. */
export function realToken(): string {
  const answer = {
    ref: "CG-7K3M-Q9XD",
    choice: 2,
    availability: "",
    adjustments: [],
    interpreterLanguage: "",
    otherNeeds: "",
    supporter: null,
    speakingOrder: "noPreference" as const,
    message: "",
  };
  const body = formatStructuredReply(
    answer,
    { slots: [], zone: ianaZone("Europe/London"), lang: "en" },
    EN_REPLY_LABELS,
  );
  return body.slice(body.lastIndexOf("["));
}

/** Hostile fragments, by what they attack; each is repeated to the size under test. */
export const ADVERSARIAL_FRAGMENTS: Readonly<Record<string, string>> = {
  brackets: "[",
  bracketsInTags: "[<[>",
  openTokens: "[cg1:",
  longOpenTokens: `[cg1:${"A".repeat(50)}`,
  damagedTokens: "[c<x>g&amp;1=\n:",
  tokenPieces: `${realToken().slice(0, 20)}[`,
  quotedTokens: "> > > [cg1:AAAA]\n",
  blockquotes: "<blockquote>",
  openTags: "<a ",
  openQuotes: '<a x="',
  idAttributes: `<div gmail_quote ${"id=".repeat(1300)}>`,
  entities: "&amp;&#x",
  fullStops: ".",
  forwardMarkers: "--forward ",
  arabicAttribution: "كتب ",
  attributionLines: "On 1 Dec wrote\n",
  words: "Tuesday or Thursday, but not Monday at 10am ",
  references: "CG-7K3M-",
  softBreaks: "=\n",
  comments: "<!--",
};

/** A body made only of quoted history: nothing written above it, so the quoted text is read for a token. */
export function quotedOnly(size: number): string {
  return `<blockquote>${repeated(`> [cg1:${"A".repeat(30)} <b>[</b> &gt; `, size - 24)}</blockquote>`;
}

/** Any body up to `maxSize` made by repeating a mix of hostile fragments. */
export function adversarialBody(maxSize: number): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    fc.constantFrom(...Object.values(ADVERSARIAL_FRAGMENTS)),
    fc.string({
      unit: fc.constantFrom("[", "]", "<", ">", "&", ";", "\n", ">", "c", "g", "1", ":", "=", ".", '"', "A"),
      maxLength: 12,
    }),
  );
  return fc
    .record({
      parts: fc.array(fragment, { minLength: 1, maxLength: 4 }),
      size: fc.integer({ min: 1, max: maxSize }),
    })
    .map(({ parts, size }) => repeated(parts.join("") || "[", size));
}
