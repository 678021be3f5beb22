import { type ChildName, privacyFindings } from "../privacy/privacyGuard";
import { SECTION_KEYS, type SectionKey, type SummaryDraft } from "./summary";

/** A word families may not know, and what to say instead (or as well). */
export interface GlossaryTerm {
  /** Lower-case forms to look for, whole words. */
  readonly forms: readonly string[];
  readonly term: string;
  readonly plain: string;
}

/** A small glossary of school and SEND words: explained to staff, never forbidden. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    forms: ["differentiation", "differentiated", "differentiate"],
    term: "differentiation",
    plain: "changing the work or how it is taught so that it suits the child",
  },
  {
    forms: ["iep", "ieps"],
    term: "IEP",
    plain: "individualised educational programme: the child's plan of targets",
  },
  {
    forms: ["csp", "csps"],
    term: "CSP",
    plain: "coordinated support plan: a legal plan when several services help the child",
  },
  {
    forms: ["ehcp", "ehcps", "ehc plan"],
    term: "EHCP",
    plain: "education, health and care plan: a legal plan from the council",
  },
  {
    forms: ["sencos", "senco"],
    term: "SENCo",
    plain: "the teacher who leads support for children with additional needs",
  },
  { forms: ["asn"], term: "ASN", plain: "additional support needs" },
  { forms: ["send", "sen"], term: "SEND", plain: "special educational needs and disabilities" },
  {
    forms: ["intervention", "interventions"],
    term: "intervention",
    plain: "extra help, often in a small group",
  },
  {
    forms: ["scaffolding", "scaffolded"],
    term: "scaffolding",
    plain: "step-by-step help that is taken away as the child learns",
  },
  {
    forms: ["summative", "formative"],
    term: "summative / formative assessment",
    plain: "tests at the end / checks while learning",
  },
  {
    forms: ["staged intervention"],
    term: "staged intervention",
    plain: "the levels of help the school can give, from less to more",
  },
  {
    forms: ["girfec"],
    term: "GIRFEC",
    plain: "Getting it right for every child: Scotland's way of supporting children",
  },
  { forms: ["named person"], term: "named person", plain: "the person families can go to first for help" },
];

/** Sentences longer than this many words are hard going at a reading age of about 11. */
export const LONG_SENTENCE_WORDS = 25;

export type SummaryFinding =
  | { readonly kind: "emptySection"; readonly section: SectionKey }
  | { readonly kind: "actionNoOwner"; readonly actionId: string; readonly what: string }
  | { readonly kind: "actionNoDate"; readonly actionId: string; readonly what: string }
  | { readonly kind: "actionNoWhat"; readonly actionId: string }
  | { readonly kind: "subjectChildName"; readonly found: string }
  | { readonly kind: "subjectNeedsWord"; readonly found: string }
  | {
      readonly kind: "longSentence";
      readonly section: SectionKey;
      readonly words: number;
      readonly start: string;
    }
  | { readonly kind: "jargon"; readonly section: SectionKey; readonly term: string; readonly plain: string }
  | { readonly kind: "noChanges" };

/** Findings that must be fixed before sending; the rest are for staff to confirm. */
export const mustFix = (f: SummaryFinding): boolean =>
  f.kind === "actionNoOwner" ||
  f.kind === "actionNoDate" ||
  f.kind === "actionNoWhat" ||
  f.kind === "subjectChildName" ||
  f.kind === "noChanges";

/** Sentences of a text, split at `.`, `!`, `?` or a line break. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const wordCount = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length;

function jargonIn(text: string): GlossaryTerm[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return GLOSSARY.filter((g) => g.forms.some((f) => lower.includes(` ${f} `)));
}

/**
 * What to fix or confirm before a summary is sent: actions without an owner or a date, empty
 * sections, the child's name or a needs word in the email subject, long sentences and jargon
 * (each explained in plain words). A correction must say what changed.
 */
export function checkSummary(
  draft: SummaryDraft,
  child: ChildName,
  options: { readonly subject: string; readonly correction: boolean },
): SummaryFinding[] {
  const out: SummaryFinding[] = [];
  for (const section of SECTION_KEYS) {
    if (!draft.sections[section].trim()) out.push({ kind: "emptySection", section });
  }
  for (const a of draft.actions) {
    if (!a.what.trim()) out.push({ kind: "actionNoWhat", actionId: a.id });
    if (!a.owner.name.trim()) out.push({ kind: "actionNoOwner", actionId: a.id, what: a.what });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.due)) out.push({ kind: "actionNoDate", actionId: a.id, what: a.what });
  }
  for (const f of privacyFindings([{ where: "emailSubject", text: options.subject }], child)) {
    if (f.kind === "childName" || f.kind === "surname" || f.kind === "initials")
      out.push({ kind: "subjectChildName", found: f.found });
    else out.push({ kind: "subjectNeedsWord", found: f.found });
  }
  for (const section of SECTION_KEYS) {
    const text = draft.sections[section];
    for (const s of sentences(text)) {
      const n = wordCount(s);
      if (n > LONG_SENTENCE_WORDS)
        out.push({ kind: "longSentence", section, words: n, start: s.split(/\s+/u).slice(0, 6).join(" ") });
    }
    for (const g of jargonIn(text)) out.push({ kind: "jargon", section, term: g.term, plain: g.plain });
  }
  if (options.correction && !draft.changes.trim()) out.push({ kind: "noChanges" });
  return out;
}
