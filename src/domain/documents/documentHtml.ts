import { escapeHtml } from "../offers/escapeHtml";
import type { DocumentBlock, DocumentModel } from "./document";

/** The text size and spacing the reader asked for, as an email can carry it. */
const SIZE = {
  standard: "",
  largePrint: "font-size:18pt;line-height:1.5;",
  easyRead: "font-size:16pt;line-height:1.6;",
};

/** Text as HTML: escaped, so what a family or a member of staff typed is never read as markup; line breaks kept. */
const text = (s: string) => escapeHtml(s).replaceAll("\n", "<br>");

function block(b: DocumentBlock): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level + 1}>${text(b.text)}</h${b.level + 1}>`;
    case "paragraph":
      // Words shown as written keep their own direction inside a page of another (`dir="auto"`).
      return b.label
        ? `<p><strong>${text(b.label)}</strong> <span dir="auto">${text(b.text)}</span></p>`
        : `<p>${text(b.text)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join("")}</${tag}>`;
    }
    case "table": {
      const head = b.header.some(Boolean)
        ? `<thead><tr>${b.header.map((h) => `<th scope="col">${text(h)}</th>`).join("")}</tr></thead>`
        : "";
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join("")}</tr>`).join("");
      return `<table>${head}<tbody>${rows}</tbody></table>`;
    }
  }
}

/**
 * A document as accessible HTML for an email or an invitation: real headings and lists, its
 * language and direction, the size the reader asked for. `title` is the title's heading level
 * (`h1` for an email that is the document, `h2` for one with a greeting above it); `leading` are
 * plain paragraphs before it.
 */
export function documentHtml(
  doc: DocumentModel,
  options: { readonly title: "h1" | "h2"; readonly leading?: readonly string[] },
): string {
  const style = SIZE[doc.variant];
  const leading = (options.leading ?? []).map((p) => `<p>${text(p)}</p>`);
  const title = `<${options.title}>${text(doc.title)}</${options.title}>`;
  return `<div lang="${escapeHtml(doc.lang)}" dir="${doc.dir}"${style ? ` style="${style}"` : ""}>${[
    ...leading,
    title,
    ...doc.blocks.map(block),
  ].join("\n")}</div>`;
}
