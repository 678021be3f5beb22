/**
 * Words that name a diagnosis or a need. In anything that leaves the school (a subject, the
 * purpose, a note, a link, a calendar event) they tell whoever sees it — a forwarded email, a
 * shared screen, a scanned link — something about the child that is special category data. They
 * are warnings, not blocks: staff may have a reason, and the family may have asked.
 *
 * Each entry is what staff see (`term`) and the ways it is written, as words in order (compared
 * after folding case and accents; "self-harm" is the words "self" and "harm").
 *
 * Left out on purpose:
 * - Plan names (EHCP, CSP, IEP, IDP, "child's plan"): they name the document the meeting is
 *   about, which the invitation already says; warning on them would teach staff to ignore warnings.
 * - Everyday words that are also needs ("anxious", "add", "down", "support", "quiet"): too many
 *   ordinary sentences would be flagged.
 */
export interface NeedsTerm {
  readonly term: string;
  readonly forms: readonly string[];
}

export const NEEDS_WORDS: readonly NeedsTerm[] = [
  { term: "autism", forms: ["autism", "autistic", "asd", "asc", "asperger", "aspergers", "asperger's"] },
  { term: "ADHD", forms: ["adhd", "attention deficit"] },
  { term: "dyslexia", forms: ["dyslexia", "dyslexic"] },
  { term: "dyspraxia", forms: ["dyspraxia", "dyspraxic", "dcd", "developmental coordination disorder"] },
  { term: "dyscalculia", forms: ["dyscalculia"] },
  { term: "DLD", forms: ["dld", "developmental language disorder", "speech and language disorder"] },
  { term: "SEMH", forms: ["semh", "social emotional and mental health"] },
  { term: "PDA", forms: ["pda", "pathological demand avoidance"] },
  { term: "Down syndrome", forms: ["down syndrome", "down's syndrome", "downs syndrome", "trisomy 21"] },
  { term: "epilepsy", forms: ["epilepsy", "epileptic", "seizures"] },
  { term: "cerebral palsy", forms: ["cerebral palsy"] },
  {
    term: "hearing impairment",
    forms: ["hearing impairment", "hearing impaired", "hearing loss", "deaf", "deafness"],
  },
  {
    term: "visual impairment",
    forms: ["visual impairment", "visually impaired", "sight loss", "partially sighted", "blind"],
  },
  { term: "anxiety", forms: ["anxiety", "panic attacks"] },
  { term: "self-harm", forms: ["self harm", "self harming", "selfharm", "suicidal"] },
  { term: "OCD", forms: ["ocd", "obsessive compulsive"] },
  { term: "Tourette syndrome", forms: ["tourette", "tourettes", "tourette's"] },
  { term: "global developmental delay", forms: ["global developmental delay", "gdd"] },
  { term: "FASD", forms: ["fasd", "foetal alcohol", "fetal alcohol"] },
  { term: "depression", forms: ["depression", "depressed"] },
  { term: "eating disorder", forms: ["eating disorder", "anorexia", "bulimia", "arfid"] },
];
