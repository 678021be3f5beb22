import type { SectionKey } from "../../domain/summaries/summary";
import type { SummaryFinding } from "../../domain/summaries/summaryChecks";

/** Each section's label and a hint, as staff see them in the composer. */
export const SECTION_WORDS: {
  readonly [K in SectionKey]: { readonly label: string; readonly hint: string };
} = {
  strengths: { label: "Strengths", hint: "What is going well for the child." },
  familyViews: { label: "The family's views", hint: "What the family said, in their words where you can." },
  childViews: { label: "The child's views", hint: "What the child said or showed." },
  childViewsHow: {
    label: "How the child's views were gathered",
    hint: "For example: talking mat, drawing, a chat with their teacher.",
  },
  discussed: { label: "What was discussed", hint: "" },
  agreed: { label: "What was agreed, and why", hint: "" },
  notAgreed: { label: "What was not agreed", hint: "Say it honestly: the family will read it." },
  contacts: { label: "Who to contact with updates or worries", hint: "Names, roles and how to reach them." },
};

/** A finding in plain words for staff. */
export function findingText(f: SummaryFinding, actionName: (id: string) => string): string {
  switch (f.kind) {
    case "emptySection":
      return `“${SECTION_WORDS[f.section].label}” is empty. Send it like that?`;
    case "actionNoOwner":
      return `Action ${actionName(f.actionId)} has no owner: choose who will do it.`;
    case "actionNoDate":
      return `Action ${actionName(f.actionId)} has no date: choose when it is due.`;
    case "actionNoWhat":
      return `Action ${actionName(f.actionId)} says nothing: write what is to be done, or remove it.`;
    case "subjectChildName":
      return `The email subject names the child (“${f.found}”). Subjects are seen on lock screens and shared computers: remove it.`;
    case "subjectNeedsWord":
      return `The email subject says “${f.found}”, which tells a reader about the child's needs. Keep it?`;
    case "longSentence":
      return `In “${SECTION_WORDS[f.section].label}”, a sentence of ${f.words} words (“${f.start}…”) may be hard to read. Could it be two?`;
    case "jargon":
      return `In “${SECTION_WORDS[f.section].label}”, “${f.term}” may be new to the family. It means: ${f.plain}. Explain it, or keep it if they know it.`;
    case "noChanges":
      return "This is a correction: say what changed, so the family can see it.";
  }
}
