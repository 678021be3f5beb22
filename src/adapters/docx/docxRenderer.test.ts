import { describe, expect, it } from "vitest";
import { readDocx } from "../../../tests/support/readDocx";
import type { DocumentModel } from "../../domain/documents/document";
import { docxRenderer } from "./docxRenderer";

const AGENDA: DocumentModel = {
  title: "Our meeting on Tuesday 8 December",
  lang: "en-GB",
  dir: "ltr",
  variant: "standard",
  blocks: [
    { kind: "heading", level: 1, text: "What we will talk about" },
    { kind: "list", ordered: true, items: ["What is going well", "Your views", "Next steps"] },
    {
      kind: "paragraph",
      label: "Your note, as you wrote it:",
      text: "<script>alert(1)</script> & more\nSecond line",
    },
    {
      kind: "table",
      header: ["Who", "Why they are there"],
      rows: [["Ms Reid", "She teaches Sam every day"]],
    },
  ],
};

describe("the .docx renderer", () => {
  it("writes a Word file with the title, real headings, a numbered list and a table", async () => {
    const opened = readDocx(await docxRenderer.docx(AGENDA));
    expect(opened.title).toBe("Our meeting on Tuesday 8 December");
    expect(opened.paragraphs.slice(0, 5)).toEqual([
      { style: "Title", text: "Our meeting on Tuesday 8 December", rtl: false },
      { style: "Heading1", text: "What we will talk about", rtl: false },
      { style: "ListParagraph", text: "What is going well", rtl: false },
      { style: "ListParagraph", text: "Your views", rtl: false },
      { style: "ListParagraph", text: "Next steps", rtl: false },
    ]);
    expect(opened.text).toContain("Who\nWhy they are there\nMs Reid\nShe teaches Sam every day");
    expect(opened.languages).toEqual(["en-GB"]);
  });

  it("keeps typed text as text: markup is escaped, line breaks become paragraphs", async () => {
    const bytes = await docxRenderer.docx(AGENDA);
    const opened = readDocx(bytes);
    expect(opened.text).toContain(
      "Your note, as you wrote it: <script>alert(1)</script> & more\nSecond line",
    );
    // The raw XML holds it escaped, so Word reads text, never markup.
    const { unzipSync, strFromU8 } = await import("fflate");
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("&lt;script&gt;");
    expect(xml).not.toContain("<script>");
  });

  it("draws large print at 18 pt and right-to-left languages right to left", async () => {
    const large = readDocx(await docxRenderer.docx({ ...AGENDA, variant: "largePrint" }));
    expect(large.bodySizePt).toBe(18);
    const standard = readDocx(await docxRenderer.docx(AGENDA));
    expect(standard.bodySizePt).toBe(12);
    // Large print is more than bigger letters: more room between lines and paragraphs too.
    expect([large.lineSpacing, large.spaceAfterPt]).toEqual([300, 10]);
    expect([standard.lineSpacing, standard.spaceAfterPt]).toEqual([276, 6]);
    const easy = readDocx(await docxRenderer.docx({ ...AGENDA, variant: "easyRead" }));
    expect([easy.bodySizePt, easy.lineSpacing, easy.spaceAfterPt]).toEqual([16, 360, 12]);
    const arabic = readDocx(
      await docxRenderer.docx({
        ...AGENDA,
        lang: "ar",
        dir: "rtl",
        title: "اجتماعنا",
        blocks: [{ kind: "paragraph", text: "مرحبًا" }],
      }),
    );
    expect(arabic.paragraphs.map((p) => [p.text, p.rtl])).toEqual([
      ["اجتماعنا", true],
      ["مرحبًا", true],
    ]);
    expect(arabic.languages).toEqual(["ar"]);
  });

  it("keeps English words shown as written left to right in a right-to-left document", async () => {
    const opened = readDocx(
      await docxRenderer.docx({
        ...AGENDA,
        lang: "ar",
        dir: "rtl",
        title: "ملاحظات",
        blocks: [
          {
            kind: "paragraph",
            label: "كتبت السيدة ريد هذا باللغة الإنجليزية:",
            text: "Grace loves the library.\nShe reads every evening.",
          },
          { kind: "paragraph", label: "كتبت السيدة ريد هذا:", text: "شكرا" },
        ],
      }),
    );
    expect(opened.paragraphs.map((p) => [p.text, p.rtl])).toEqual([
      ["ملاحظات", true],
      ["كتبت السيدة ريد هذا باللغة الإنجليزية:", true],
      ["Grace loves the library.", false],
      ["She reads every evening.", false],
      ["كتبت السيدة ريد هذا: شكرا", true],
    ]);
    expect(new Set(opened.languages)).toEqual(new Set(["ar", "en-GB"]));
  });
});
