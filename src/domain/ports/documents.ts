import type { DocumentModel } from "../documents/document";

/** A Word document's MIME type, for attachments and uploads. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Draws a document as a file a family or a records officer can open. */
export interface DocumentRenderer {
  /** The document as .docx bytes: real headings and lists, its language and title set. */
  docx(doc: DocumentModel): Promise<Uint8Array>;
}
