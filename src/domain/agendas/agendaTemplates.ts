import type { MeetingTypeId } from "../meetings/meetingTypes";

/** Who leads an item: the chair (the organiser), the family, the child, or a member of staff by role. */
export type AgendaLead =
  | "chair"
  | "family"
  | "child"
  | "classTeacher"
  | "senco"
  | "guidanceTeacher"
  | "headteacher"
  | "everyone";

export const AGENDA_LEADS: readonly AgendaLead[] = [
  "chair",
  "family",
  "child",
  "classTeacher",
  "senco",
  "guidanceTeacher",
  "headteacher",
  "everyone",
];

/** The items built-in templates use; each has words in every family language (agendaMessages). */
export const BUILT_IN_ITEMS = [
  "welcome",
  "strengths",
  "familyViews",
  "childViews",
  "progress",
  "assess",
  "plan",
  "doSupport",
  "review",
  "planTargets",
  "cspObjectives",
  "cspSupport",
  "ehcpOutcomes",
  "ehcpProvision",
  "ehcpChanges",
  "transitionMove",
  "transitionSupport",
  "adulthood",
  "concernsShared",
  "whatMightHelp",
  "nextSteps",
  "nextMeeting",
  "breakTime",
] as const;

export type BuiltInItem = (typeof BUILT_IN_ITEMS)[number];

export interface AgendaTemplateItem {
  /** A built-in item, in the family's language; absent for an item a school wrote (shown as written). */
  readonly key?: BuiltInItem;
  /** What staff see, and what families see when there is no key. */
  readonly title: string;
  readonly minutes: number;
  readonly lead: AgendaLead;
}

export type Jurisdiction = "scotland" | "england";

export interface AgendaTemplate {
  readonly id: string;
  /** A template for one jurisdiction, or for both. */
  readonly jurisdiction: Jurisdiction | "both";
  readonly typeId: MeetingTypeId;
  /** What staff call it. */
  readonly label: string;
  readonly items: readonly AgendaTemplateItem[];
}

/** The English words of each built-in item (staff see these; families see their own language's). */
export const BUILT_IN_TITLES: { readonly [k in BuiltInItem]: string } = {
  welcome: "Welcome and introductions",
  strengths: "What is going well: strengths and interests",
  familyViews: "The family's views",
  childViews: "The child's views",
  progress: "How things have gone since the last meeting",
  assess: "Assess: what we know about how the child is getting on",
  plan: "Plan: the support and what we hope it achieves",
  doSupport: "Do: how the support is working day to day",
  review: "Review: is it working, and what should change",
  planTargets: "Agree the targets in the plan",
  cspObjectives: "The educational objectives in the coordinated support plan",
  cspSupport: "The support and who provides it",
  ehcpOutcomes: "Progress towards the outcomes in the plan",
  ehcpProvision: "Is the support in the plan still right?",
  ehcpChanges: "Changes to recommend to the local authority",
  transitionMove: "The move: what will change and when",
  transitionSupport: "Visits, information and support for the move",
  adulthood: "Looking ahead: learning, friends, health and independence",
  concernsShared: "What we have each noticed",
  whatMightHelp: "What might help",
  nextSteps: "What we agree: who does what, by when",
  nextMeeting: "When we meet next",
  breakTime: "A short break",
};

const item = (key: BuiltInItem, minutes: number, lead: AgendaLead): AgendaTemplateItem => ({
  key,
  title: BUILT_IN_TITLES[key],
  minutes,
  lead,
});

/**
 * The built-in templates. Every one has strengths and the family's and the child's views, because
 * the guidance asks for them in every meeting (Enquire, "Involving parents and carers"; SEND Code
 * of Practice 2015, 1.1–1.7). Schools may change any of them and add their own (kept in CG Settings).
 */
export const BUILT_IN_TEMPLATES: readonly AgendaTemplate[] = [
  // Scotland: a child's plan under GIRFEC (Children and Young People (Scotland) Act 2014, Part 5;
  // the ASL Act 2004 and its Code of Practice, ch. 3), reviewed with the family.
  {
    id: "scotland-childs-plan-review",
    jurisdiction: "scotland",
    typeId: "supportPlanReview",
    label: "Child's plan review",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 10, "classTeacher"),
      item("familyViews", 10, "family"),
      item("childViews", 5, "child"),
      item("progress", 10, "senco"),
      item("planTargets", 10, "everyone"),
      item("nextSteps", 10, "chair"),
    ],
  },
  // Scotland: a coordinated support plan review — Education (Additional Support for Learning)
  // (Scotland) Act 2004, s.10 (reviewed at least every 12 months) and the ASL Code of Practice, ch. 5.
  {
    id: "scotland-csp-review",
    jurisdiction: "scotland",
    typeId: "annualReview",
    label: "Coordinated support plan (CSP) review",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 10, "classTeacher"),
      item("familyViews", 15, "family"),
      item("childViews", 10, "child"),
      item("cspObjectives", 20, "senco"),
      item("cspSupport", 15, "senco"),
      item("nextSteps", 10, "chair"),
      item("nextMeeting", 5, "chair"),
    ],
  },
  // Scotland: transitions — ASL Act 2004, ss.12–13 (information sought and shared well before a
  // change of school or leaving school) and the ASL Code of Practice, ch. 6.
  {
    id: "scotland-transition",
    jurisdiction: "scotland",
    typeId: "transitionPlanning",
    label: "Transition planning",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 10, "classTeacher"),
      item("familyViews", 10, "family"),
      item("childViews", 5, "child"),
      item("transitionMove", 10, "guidanceTeacher"),
      item("transitionSupport", 10, "senco"),
      item("nextSteps", 10, "chair"),
    ],
  },
  // England: SEN support — the graduated approach, assess, plan, do, review (SEND Code of Practice
  // 2015, 6.44–6.56), meeting parents at least three times a year (6.65).
  {
    id: "england-sen-support-review",
    jurisdiction: "england",
    typeId: "supportPlanReview",
    label: "SEN support review (assess, plan, do, review)",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 5, "classTeacher"),
      item("familyViews", 10, "family"),
      item("childViews", 5, "child"),
      item("assess", 10, "classTeacher"),
      item("plan", 10, "senco"),
      item("doSupport", 5, "classTeacher"),
      item("review", 5, "everyone"),
      item("nextSteps", 5, "chair"),
    ],
  },
  // England: EHC plan annual review — Children and Families Act 2014, s.44; SEND Regulations 2014,
  // reg. 20 (advice circulated at least two weeks before the meeting); Code of Practice 9.166–9.185.
  {
    id: "england-ehcp-annual-review",
    jurisdiction: "england",
    typeId: "annualReview",
    label: "EHCP annual review",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 10, "classTeacher"),
      item("familyViews", 15, "family"),
      item("childViews", 10, "child"),
      item("ehcpOutcomes", 20, "senco"),
      item("ehcpProvision", 15, "senco"),
      item("ehcpChanges", 10, "headteacher"),
      item("nextSteps", 5, "chair"),
    ],
  },
  // England: transition, and from Year 9 preparing for adulthood (SEND Code of Practice, ch. 8).
  {
    id: "england-transition",
    jurisdiction: "england",
    typeId: "transitionPlanning",
    label: "Transition planning",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 10, "classTeacher"),
      item("familyViews", 10, "family"),
      item("childViews", 5, "child"),
      item("transitionMove", 10, "senco"),
      item("adulthood", 10, "senco"),
      item("nextSteps", 10, "chair"),
    ],
  },
  {
    id: "initial-concern",
    jurisdiction: "both",
    typeId: "initialConcern",
    label: "Initial concern",
    items: [
      item("welcome", 5, "chair"),
      item("strengths", 5, "classTeacher"),
      item("familyViews", 10, "family"),
      item("childViews", 5, "child"),
      item("concernsShared", 10, "classTeacher"),
      item("whatMightHelp", 5, "everyone"),
      item("nextSteps", 5, "chair"),
    ],
  },
  {
    id: "check-in",
    jurisdiction: "both",
    typeId: "checkIn",
    label: "Check-in",
    items: [
      item("strengths", 5, "classTeacher"),
      item("familyViews", 10, "family"),
      item("childViews", 5, "child"),
      item("nextSteps", 10, "chair"),
    ],
  },
];

/**
 * The template for a meeting: the school's own for its type and jurisdiction first, then the
 * built-in one. The school's list may override a built-in template by using its id.
 */
export function templateFor(
  typeId: MeetingTypeId,
  jurisdiction: Jurisdiction,
  schoolTemplates: readonly AgendaTemplate[],
): AgendaTemplate | undefined {
  const fits = (t: AgendaTemplate) =>
    t.typeId === typeId && (t.jurisdiction === jurisdiction || t.jurisdiction === "both");
  return schoolTemplates.find(fits) ?? BUILT_IN_TEMPLATES.find(fits);
}

/** Every template a school can use: its own, then the built-in ones it has not replaced. */
export function allTemplates(schoolTemplates: readonly AgendaTemplate[]): readonly AgendaTemplate[] {
  const own = new Set(schoolTemplates.map((t) => t.id));
  return [...schoolTemplates, ...BUILT_IN_TEMPLATES.filter((t) => !own.has(t.id))];
}

/** Where a template in the list comes from: built in, a built-in one the school changed, or the school's own. */
export type TemplateOrigin = "builtIn" | "changedBuiltIn" | "own";

export function templateOrigin(id: string, schoolTemplates: readonly AgendaTemplate[]): TemplateOrigin {
  const builtIn = BUILT_IN_TEMPLATES.some((t) => t.id === id);
  const changed = schoolTemplates.some((t) => t.id === id);
  return builtIn ? (changed ? "changedBuiltIn" : "builtIn") : "own";
}
