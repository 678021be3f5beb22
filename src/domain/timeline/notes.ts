/**
 * A note is a few paragraphs, not a report: long documents belong in the child's file, linked from
 * the timeline. 4,000 characters is about two pages of typed notes, and well inside what one
 * SharePoint multi-line text field holds.
 */
export const NOTE_MAX_CHARS = 4000;

/** Text longer than this is folded on screen behind "Show more". */
export const FOLD_AFTER_CHARS = 280;
/** A text with more lines than this is folded too, whatever its length. */
export const FOLD_AFTER_LINES = 4;

export type NoteProblem = "empty" | "tooLong";

/** Why a note cannot be saved as typed, or undefined when it can. The text is kept either way. */
export function noteProblem(text: string): NoteProblem | undefined {
  if (!text.trim()) return "empty";
  if (text.trim().length > NOTE_MAX_CHARS) return "tooLong";
  return undefined;
}

/** The note as saved: trimmed; its first line is the entry's one-line summary (at most 200 characters). */
export function noteEntryText(text: string): { summary: string; details: string } {
  const details = text.trim();
  const firstLine = details.split("\n")[0]?.trim() ?? details;
  const summary = firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine;
  return { summary, details };
}

/** Whether a text is long enough to fold behind "Show more". */
export function isFolded(text: string): boolean {
  return text.length > FOLD_AFTER_CHARS || text.split("\n").length > FOLD_AFTER_LINES;
}

/** The folded text: the first lines up to the limit, cut at a word where there is one. */
export function foldedText(text: string): string {
  const lines = text.split("\n").slice(0, FOLD_AFTER_LINES).join("\n");
  if (lines.length <= FOLD_AFTER_CHARS) return lines === text ? text : `${lines}…`;
  const cut = lines.slice(0, FOLD_AFTER_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${space > FOLD_AFTER_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}
