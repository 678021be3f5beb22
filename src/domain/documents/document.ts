/**
 * A document we send or file (an agenda, a summary, a timeline export), described once and drawn
 * as .docx by an adapter. Text is plain: no markup is interpreted, so words a family or a member of
 * staff typed can never become formatting, links or code in the document.
 */
export type DocumentBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  /**
   * `label` is shown before the text in bold, e.g. "Message from Ms Reid, in English:". A labelled
   * text is someone's own words shown as written, so it keeps its own direction: English staff
   * words in an Arabic document read left to right, full stop at the end (`textDirection`).
   */
  | { readonly kind: "paragraph"; readonly text: string; readonly label?: string }
  | { readonly kind: "list"; readonly items: readonly string[]; readonly ordered?: boolean }
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

/**
 * How the family asked to read it. Large print is 18 pt throughout, with more space between lines
 * and paragraphs; easy read is 16 pt with more space still, and its words are the document's own
 * (short sentences, one idea to a line, headings as questions).
 */
export type DocumentVariant = "standard" | "largePrint" | "easyRead";

export interface DocumentModel {
  /** The document's title, also its first heading and its properties' title (screen readers announce it). */
  readonly title: string;
  /** BCP 47 tag of the document's language (proofing and screen readers use it). */
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  readonly variant: DocumentVariant;
  readonly blocks: readonly DocumentBlock[];
}

/** Every piece of text in a document, in reading order: what a reader or a test sees in it. */
export function documentText(doc: DocumentModel): string[] {
  const out = [doc.title];
  for (const block of doc.blocks) {
    if (block.kind === "heading") out.push(block.text);
    else if (block.kind === "paragraph") out.push(block.label ? `${block.label} ${block.text}` : block.text);
    else if (block.kind === "list") out.push(...block.items);
    else out.push(...block.header, ...block.rows.flat());
  }
  return out;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

/**
 * The direction of a text as written, by its first letter (the Unicode rule for "auto"): right to
 * left for Hebrew, Arabic and the scripts written with them, left to right for any other letter,
 * `undefined` when it has no letters. Reads at most the text once.
 */
export function textDirection(text: string): "ltr" | "rtl" | undefined {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return "rtl";
    if (LETTER.test(ch)) return "ltr";
  }
  return undefined;
}
