import type { DocumentModel } from "../documents/document";
import { escapeHtml } from "../offers/escapeHtml";

/**
 * A document's blocks as HTML for an email body: every text escaped (what a family or staff typed
 * never becomes markup), line breaks kept, the document's language and direction on the wrapper.
 */
export function documentHtml(doc: DocumentModel, options: { readonly withTitle: boolean }): string {
  const text = (s: string) => escapeHtml(s).replaceAll("\n", "<br>");
  const parts: string[] = [];
  if (options.withTitle) parts.push(`<h1>${text(doc.title)}</h1>`);
  for (const b of doc.blocks) {
    if (b.kind === "heading") parts.push(`<h${b.level + 1}>${text(b.text)}</h${b.level + 1}>`);
    else if (b.kind === "paragraph")
      parts.push(`<p>${b.label ? `<strong>${text(b.label)}</strong> ` : ""}${text(b.text)}</p>`);
    else if (b.kind === "list") {
      const tag = b.ordered ? "ol" : "ul";
      parts.push(`<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join("")}</${tag}>`);
    } else {
      const head = b.header.some(Boolean)
        ? `<thead><tr>${b.header.map((h) => `<th scope="col">${text(h)}</th>`).join("")}</tr></thead>`
        : "";
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join("")}</tr>`).join("");
      parts.push(`<table>${head}<tbody>${rows}</tbody></table>`);
    }
  }
  return `<div lang="${escapeHtml(doc.lang)}" dir="${doc.dir}">${parts.join("\n")}</div>`;
}
