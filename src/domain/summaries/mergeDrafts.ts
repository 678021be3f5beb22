import { SECTION_KEYS, type SectionKey, type SummaryDraft } from "./summary";

/** A section two people wrote differently: both texts, as each wrote them. */
export interface SectionDifference {
  readonly section: SectionKey;
  readonly mine: string;
  readonly theirs: string;
}

/** The sections where `mine` and `theirs` differ, in the composer's order. */
export function sectionDifferences(mine: SummaryDraft, theirs: SummaryDraft): readonly SectionDifference[] {
  return SECTION_KEYS.filter((k) => mine.sections[k].trim() !== theirs.sections[k].trim()).map((k) => ({
    section: k,
    mine: mine.sections[k],
    theirs: theirs.sections[k],
  }));
}

/** `a` and `b` together, neither repeated: one when the other already contains it, else both, `a` first. */
function both(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (y === "" || x.includes(y)) return a;
  if (x === "" || y.includes(x)) return b;
  return `${a.trimEnd()}\n\n${b.trimStart()}`;
}

/**
 * Two people's versions of one draft kept together, so nothing either wrote is lost: each section
 * has both texts (theirs first, as it was saved first), every action of either (by id; theirs
 * where both have it and differ, with mine added after when the wording differs), and the rest
 * (who came, next meeting, subject) as mine, the version on screen.
 */
export function keepBoth(mine: SummaryDraft, theirs: SummaryDraft): SummaryDraft {
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, both(theirs.sections[k], mine.sections[k])]),
  ) as Record<SectionKey, string>;
  const theirIds = new Set(theirs.actions.map((a) => a.id));
  const actions = [
    ...theirs.actions,
    ...mine.actions
      .filter((a) => {
        if (!theirIds.has(a.id)) return true;
        const t = theirs.actions.find((x) => x.id === a.id);
        return t !== undefined && JSON.stringify(t) !== JSON.stringify(a);
      })
      .map((a) => (theirIds.has(a.id) ? { ...a, id: `${a.id}-mine` } : a)),
  ];
  return { ...mine, sections, actions, changes: both(theirs.changes, mine.changes) };
}
