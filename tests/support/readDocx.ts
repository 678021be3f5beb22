import { strFromU8, unzipSync } from "fflate";

/** A .docx opened as Word would read it: its paragraphs with their styles, and its properties. */
export interface OpenedDocx {
  readonly title: string;
  readonly paragraphs: readonly { readonly style: string; readonly text: string; readonly rtl: boolean }[];
  /** Every paragraph's text joined with new lines. */
  readonly text: string;
  /** The body text's size in points (the document default). */
  readonly bodySizePt: number;
  /** The default line spacing in 240ths of a line (276 is 1.15 lines). */
  readonly lineSpacing: number;
  /** The default space after a paragraph, in points. */
  readonly spaceAfterPt: number;
  readonly languages: readonly string[];
}

const xmlText = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");

/** Opens .docx bytes: unzips them and reads the document part's paragraphs. Throws if it is not a Word file. */
export function readDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`Not a Word document: ${name} is missing`);
    return strFromU8(file);
  };
  const documentXml = part("word/document.xml");
  const stylesXml = part("word/styles.xml");
  const coreXml = part("docProps/core.xml");
  const paragraphs = [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map(
    (m) => {
      const body = m[1] ?? m[2] ?? "";
      const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? "Normal";
      const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => xmlText(t[1] ?? ""))
        .join("");
      return { style, text, rtl: /<w:bidi\/>|<w:bidi w:val="(?:1|true)"\/>/.test(body) };
    },
  );
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(stylesXml)?.[1] ?? "";
  const bodySize = Number(/<w:sz w:val="(\d+)"/.exec(defaults)?.[1] ?? Number.NaN) / 2;
  const languages = [...documentXml.matchAll(/<w:lang w:(?:val|bidi)="([^"]+)"/g)].map((m) => m[1] ?? "");
  return {
    title: xmlText(/<dc:title>([^<]*)<\/dc:title>/.exec(coreXml)?.[1] ?? ""),
    paragraphs,
    text: paragraphs.map((p) => p.text).join("\n"),
    bodySizePt: bodySize,
    lineSpacing: Number(/<w:spacing [^>]*w:line="(\d+)"/.exec(defaults)?.[1] ?? Number.NaN),
    spaceAfterPt: Number(/<w:spacing [^>]*w:after="(\d+)"/.exec(defaults)?.[1] ?? Number.NaN) / 20,
    languages: [...new Set(languages)],
  };
}
