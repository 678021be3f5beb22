import type { DocumentBlock, DocumentModel } from "../documents/document";
import { escapeHtml } from "../offers/escapeHtml";

const SIZE = { standard: "", largePrint: "font-size:18pt;", easyRead: "font-size:16pt;line-height:1.6;" };

function block(b: DocumentBlock): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case "paragraph":
      return `<p>${b.label ? `<strong>${escapeHtml(b.label)}</strong> ` : ""}${escapeHtml(b.text)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</${tag}>`;
    }
    case "table":
      return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
  }
}

/**
 * A document as accessible HTML for an email or an invitation: real headings and lists, its
 * language and direction, the size the reader asked for. Every piece of text is escaped, so what a
 * family or a member of staff typed is shown as text, never read as markup.
 */
export function documentHtml(doc: DocumentModel, leading: readonly string[] = []): string {
  const style = SIZE[doc.variant];
  return `<div lang="${escapeHtml(doc.lang)}" dir="${doc.dir}"${style ? ` style="${style}"` : ""}>${leading
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}<h2>${escapeHtml(doc.title)}</h2>${doc.blocks.map(block).join("")}</div>`;
}
