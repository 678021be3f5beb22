import { decodeEntities } from "./htmlEntities";
import { plainTextOnly } from "./plainText";

/*
 * Mail HTML to plain text without a DOM (the domain has none, and a DOM parser would fetch
 * images and run nothing we need). A small scanner is enough because we only want the words:
 * tags go, block elements become line breaks, script/style/head contents go entirely, and the
 * containers mail clients wrap quoted history in become a marker line the history cutter knows.
 */

/** The line that stands in for a quoted-history container found in HTML. */
export const QUOTE_MARKER = "-----Original Message-----";

const BLOCKS = new Set(
  "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul".split(
    " ",
  ),
);
const CELLS = new Set(["td", "th"]);
// Their contents are never text a person wrote in the message.
const HIDDEN = new Set(["script", "style", "head", "title", "template", "noscript", "xml", "svg", "object"]);
// Outlook (desktop, web, mobile), Gmail, Yahoo, Thunderbird, Proton: where quoted history starts.
// The value's length is bounded so that a tag full of `id=` cannot make the search backtrack for long.
const QUOTE_CONTAINER =
  /\b(?:id|class)\s*=\s*["']?[^"'>]{0,200}\b(?:divRplyFwdMsg|appendonsend|gmail_quote|yahoo_quoted|moz-cite-prefix|protonmail_quote|OutlookMessageHeader|mail-editor-reference-message-container)\b/i;
// Longer than any real tag; stops a stray `<` from swallowing the message.
const MAX_TAG = 4_000;

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly source: string;
  /** Index just after the `>`. */
  readonly end: number;
}

/** A `<` that starts no tag we could read: `resume` is where to carry on reading text. */
interface NotATag {
  readonly resume: number;
}

/**
 * Reads the tag starting at `<`, or where to resume when the `<` is just a character in the text.
 * `nextClose` is the index of the first `>` at or after `at` (-1 for none), found once by the
 * caller so that a body full of stray `<` stays linear.
 */
function readTag(html: string, at: number, nextClose: number): Tag | NotATag {
  const notATag = { resume: at + 1 };
  const head = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*|[!?])/.exec(html.slice(at, at + 64));
  if (!head) return notATag;
  const name = (head[2] ?? "").toLowerCase();
  const closing = head[1] === "/";
  if (nextClose < 0) {
    // Unterminated at the end of the body: browsers drop it as part of the tag, and so do we. A
    // `<` with no `>` for pages is a character in the text (the guard on the output defuses it).
    return html.length - at > MAX_TAG ? notATag : { name, closing, source: "", end: html.length };
  }
  if (nextClose - at > MAX_TAG) return notATag;
  // Quotes only matter inside attribute values, not in `<!...>` declarations.
  const quotesCount = name !== "!" && name !== "?";
  let quote = openQuote(html, at + head[0].length, nextClose, quotesCount, "");
  const limit = Math.min(html.length, at + MAX_TAG);
  for (let i = nextClose; i < limit; i++) {
    const ch = html[i] ?? "";
    if (quote === "" && ch === ">") return { name, closing, source: html.slice(at, i + 1), end: i + 1 };
    quote = openQuote(html, i, i + 1, quotesCount, quote);
  }
  // A quote left open for longer than any real tag: what was read is text, and is not read again
  // (each `<` in it would otherwise be scanned to the same limit).
  return limit < html.length ? { resume: limit } : { name, closing, source: "", end: html.length };
}

/** The attribute quote still open after reading `html[from..to)`, starting with `quote` open. */
function openQuote(html: string, from: number, to: number, quotesCount: boolean, quote: string): string {
  if (!quotesCount) return "";
  let open = quote;
  for (let i = from; i < to; i++) {
    const ch = html[i];
    if (open !== "") {
      if (ch === open) open = "";
    } else if (ch === '"' || ch === "'") {
      open = ch;
    }
  }
  return open;
}

function endOfHidden(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, "i").exec(html.slice(from));
  return close ? from + close.index + close[0].length : html.length;
}

/**
 * Converts an HTML mail body to plain text, keeping quoted history but marking where it begins
 * with {@link QUOTE_MARKER}. The result never contains a tag.
 */
export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  let nextClose = html.indexOf(">");
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (nextClose >= 0 && nextClose < lt) nextClose = html.indexOf(">", lt);
    const tag = readTag(html, lt, nextClose);
    if ("resume" in tag) {
      out += html.slice(lt, tag.resume);
      i = tag.resume;
      continue;
    }
    i = tag.end;
    if (tag.closing) {
      if (BLOCKS.has(tag.name)) out += "\n";
      continue;
    }
    if (HIDDEN.has(tag.name)) i = endOfHidden(html, tag.name, i);
    else if (tag.name === "blockquote" || QUOTE_CONTAINER.test(tag.source)) out += `\n${QUOTE_MARKER}\n`;
    else if (BLOCKS.has(tag.name)) out += "\n";
    else if (CELLS.has(tag.name)) out += " ";
  }
  return plainTextOnly(decodeEntities(out));
}
