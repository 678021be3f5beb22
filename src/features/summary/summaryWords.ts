import { type StaffKey, staffText } from "../../domain/i18n/staffMessages";
import type { SectionKey } from "../../domain/summaries/summary";
import type { SummaryFinding } from "../../domain/summaries/summaryChecks";

const HINTS: { readonly [K in SectionKey]?: StaffKey } = {
  strengths: "summary.section.strengths.hint",
  familyViews: "summary.section.familyViews.hint",
  childViews: "summary.section.childViews.hint",
  childViewsHow: "summary.section.childViewsHow.hint",
  discussed: "summary.section.discussed.hint",
  notAgreed: "summary.section.notAgreed.hint",
  contacts: "summary.section.contacts.hint",
};

/** A section's label as staff see it in the composer. */
export const sectionLabel = (key: SectionKey): string => staffText(`summary.section.${key}`);

/** A section's hint, or undefined for a section that needs none. */
export function sectionHint(key: SectionKey): string | undefined {
  const hint = HINTS[key];
  return hint === undefined ? undefined : staffText(hint);
}

/** A finding in plain words for staff. */
export function findingText(f: SummaryFinding, actionName: (id: string) => string): string {
  switch (f.kind) {
    case "emptySection":
      return staffText("summary.finding.emptySection", { section: sectionLabel(f.section) });
    case "actionNoOwner":
    case "actionNoDate":
    case "actionNoWhat":
      return staffText(`summary.finding.${f.kind}`, { action: actionName(f.actionId) });
    case "subjectChildName":
    case "subjectNeedsWord":
      return staffText(`summary.finding.${f.kind}`, { found: f.found });
    case "longSentence":
      return staffText("summary.finding.longSentence", {
        section: sectionLabel(f.section),
        words: f.words,
        start: f.start,
      });
    case "jargon":
      return staffText("summary.finding.jargon", {
        section: sectionLabel(f.section),
        term: f.term,
        plain: f.plain,
      });
    case "noChanges":
      return staffText("summary.finding.noChanges");
  }
}
