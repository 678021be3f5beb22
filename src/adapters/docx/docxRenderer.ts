import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import {
  type DocumentBlock,
  type DocumentModel,
  type DocumentVariant,
  textDirection,
} from "../../domain/documents/document";
import type { DocumentRenderer } from "../../domain/ports/documents";

/** Font sizes in half-points: 12 pt standard, 18 pt large print, 16 pt easy read. */
const BODY_SIZE: Record<DocumentVariant, number> = { standard: 24, largePrint: 36, easyRead: 32 };
/** Line spacing in 240ths of a line: easy read gets half as much again. */
const LINE: Record<DocumentVariant, number> = { standard: 276, largePrint: 300, easyRead: 360 };
/** Space after each paragraph in twentieths of a point: large print and easy read leave more room. */
const AFTER: Record<DocumentVariant, number> = { standard: 120, largePrint: 200, easyRead: 240 };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * Draws documents with the `docx` library: a sans-serif font, real heading styles (a screen reader's
 * headings list and Word's navigation pane work), real lists, a table header row that repeats, and
 * the language and direction set on every run so Word reads and lays out the text correctly.
 */
export const docxRenderer: DocumentRenderer = {
  async docx(doc) {
    return Packer.pack(toDocx(doc), "uint8array");
  },
};

function toDocx(doc: DocumentModel): Document {
  const rtl = doc.dir === "rtl";
  const size = BODY_SIZE[doc.variant];
  const run = (text: string, bold = false) =>
    new TextRun({
      text,
      bold,
      rightToLeft: rtl,
      language: rtl ? { bidirectional: doc.lang } : { value: doc.lang },
    });
  const para = (
    children: TextRun[],
    extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
  ) => new Paragraph({ children, bidirectional: rtl, ...extra });
  // Someone's own words in a right-to-left document, written left to right (English staff words in
  // an Arabic copy): their own paragraphs, left to right, so Word keeps the full stop at the end.
  const ownWords = (line: string) =>
    new Paragraph({
      children: [new TextRun({ text: line, language: { value: "en-GB" } })],
      bidirectional: false,
    });

  const block = (b: DocumentBlock): (Paragraph | Table)[] => {
    switch (b.kind) {
      case "heading":
        return [para([run(b.text)], { heading: HEADINGS[b.level - 1] })];
      case "paragraph":
        // Line breaks staff typed stay line breaks; nothing in the text is read as markup.
        if (rtl && b.label && textDirection(b.text) === "ltr")
          return [para([run(b.label, true)]), ...b.text.split(/\r?\n/).map(ownWords)];
        return b.text
          .split(/\r?\n/)
          .map((line, i) => para(i === 0 && b.label ? [run(`${b.label} `, true), run(line)] : [run(line)]));
      case "list":
        return b.items.map((item) =>
          para(
            [run(item)],
            b.ordered ? { numbering: { reference: "numbered", level: 0 } } : { bullet: { level: 0 } },
          ),
        );
      case "table":
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            visuallyRightToLeft: rtl,
            rows: [
              new TableRow({
                tableHeader: true,
                children: b.header.map((h) => new TableCell({ children: [para([run(h, true)])] })),
              }),
              ...b.rows.map(
                (row) =>
                  new TableRow({ children: row.map((c) => new TableCell({ children: [para([run(c)])] })) }),
              ),
            ],
          }),
        ];
    }
  };

  return new Document({
    title: doc.title,
    creator: "Common Ground",
    styles: {
      default: {
        document: {
          run: { font: "Arial", size },
          paragraph: { spacing: { after: AFTER[doc.variant], line: LINE[doc.variant] } },
        },
        heading1: {
          run: { font: "Arial", size: size + 12, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: "Arial", size: size + 6, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: "Arial", size: size + 2, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      { children: [para([run(doc.title)], { heading: HeadingLevel.TITLE }), ...doc.blocks.flatMap(block)] },
    ],
  });
}
