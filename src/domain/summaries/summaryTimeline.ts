import type { Meeting } from "../meetings/meeting";
import { SECTION_KEYS, type SentSummary, type SummaryAction } from "./summary";

/**
 * The timeline's words for a summary and its actions: plain English for staff, one line each,
 * with the detail below. What staff wrote is quoted as written.
 */
export function summaryLogText(sent: SentSummary, meeting: Meeting) {
  const households = new Set(meeting.carers.map((c) => c.household)).size;
  const present = sent.draft.people.filter((p) => p.attendance === "present").map((p) => p.name);
  const apologies = sent.draft.people.filter((p) => p.attendance === "apologies").map((p) => p.name);
  const n = sent.draft.actions.length;
  const summary =
    sent.version > 1
      ? `Summary corrected (version ${sent.version}) and sent to ${households} ${households === 1 ? "household" : "households"}`
      : `Summary sent to ${households} ${households === 1 ? "household" : "households"}, with ${n} ${n === 1 ? "action" : "actions"}`;
  const next =
    sent.draft.next.kind === "date" ? `Next meeting: ${sent.draft.next.date}` : "Next meeting: to arrange";
  const details = [
    ...(sent.version > 1 ? [`What changed: ${sent.draft.changes}`] : []),
    `Present: ${present.join(", ") || "none recorded"}`,
    ...(apologies.length ? [`Apologies: ${apologies.join(", ")}`] : []),
    `Agreed: ${sent.draft.sections.agreed}`,
    ...(sent.draft.sections.notAgreed.trim() ? [`Not agreed: ${sent.draft.sections.notAgreed}`] : []),
    next,
    `Sections written: ${SECTION_KEYS.filter((k) => sent.draft.sections[k].trim()).length} of ${SECTION_KEYS.length}`,
  ].join("\n");
  return { summary, details };
}

export function actionText(action: SummaryAction, version: number) {
  const who = action.owner.carerId ? `${action.owner.name} (family)` : action.owner.name;
  return {
    summary: `Action for ${who}: ${action.what}${action.due ? `, due ${action.due}` : ""}`.slice(0, 255),
    details: `Owner: ${who}${action.owner.email ? ` <${action.owner.email}>` : ""}\nDue: ${action.due || "no date"}\nAction ${action.id}, summary version ${version}`,
  };
}

export function actionDoneText(action: SummaryAction, by: string) {
  return {
    summary: `Done: ${action.what} (marked by ${by})`.slice(0, 255),
    details: `Action ${action.id} for ${action.owner.name}, due ${action.due || "no date"}, marked done by ${by}.`,
  };
}
