import type { ReplyAnswer } from "../replies/replyAnswer";
import type { Instant } from "../time/instant";
import type { AdjustmentKind } from "./catalogue";

/** Where one requested adjustment stands: asked for, then arranged or not possible. */
export type FollowUpState = "requested" | "arranged" | "notPossible";

/** One adjustment a household asked for on a booked meeting, followed until it is resolved. */
export interface AdjustmentFollowUp {
  /** `<household>:<kind>`: one per household and adjustment. */
  readonly id: string;
  readonly kind: AdjustmentKind;
  readonly household: string;
  /** The carer whose reply asked for it. */
  readonly carerId: string;
  /** What goes with it, in the family's words: the interpreter's language, "first", what else they need. */
  readonly detail: string;
  readonly state: FollowUpState;
  /** How many times it has been marked; each change's email and timeline entry are keyed by it. */
  readonly changes: number;
  /** Who marked it last (a member of staff's name); "" while requested. */
  readonly by: string;
  readonly at: Instant | undefined;
  /** Why it is not possible, in staff's words: shared with the family as written. */
  readonly reason: string;
}

/** What staff decided about one adjustment. */
export type FollowUpOutcome =
  | { readonly state: "arranged" }
  | { readonly state: "notPossible"; readonly reason: string };

/** The adjustments in one household's answer, each requested. */
export function requestedIn(household: string, carerId: string, answer: ReplyAnswer): AdjustmentFollowUp[] {
  const asked: { kind: AdjustmentKind; detail: string }[] = answer.adjustments.map((kind) => ({
    kind,
    detail: kind === "interpreter" ? answer.interpreterLanguage : "",
  }));
  if (answer.speakingOrder !== "noPreference")
    asked.push({ kind: "speakingOrder", detail: answer.speakingOrder });
  if (answer.otherNeeds.trim()) asked.push({ kind: "other", detail: answer.otherNeeds.trim() });
  return asked.map(({ kind, detail }) => ({
    id: `${household}:${kind}`,
    kind,
    household,
    carerId,
    detail,
    state: "requested",
    changes: 0,
    by: "",
    at: undefined,
    reason: "",
  }));
}

/**
 * Adds what is newly asked to what is followed already. An adjustment already followed keeps its
 * state (a household answering again does not undo what was arranged); one asked again after it
 * was found not possible stays not possible until staff look again.
 */
export function mergeFollowUps(
  existing: readonly AdjustmentFollowUp[],
  asked: readonly AdjustmentFollowUp[],
): AdjustmentFollowUp[] {
  const known = new Set(existing.map((f) => f.id));
  return [...existing, ...asked.filter((f) => !known.has(f.id))];
}

/** Marks one adjustment; a not-possible reason must say something the family can read. */
export function marked(
  item: AdjustmentFollowUp,
  outcome: FollowUpOutcome,
  by: string,
  at: Instant,
): AdjustmentFollowUp {
  return {
    ...item,
    state: outcome.state,
    reason: outcome.state === "notPossible" ? outcome.reason.trim() : "",
    by,
    at,
    changes: item.changes + 1,
  };
}

/** The adjustments still to arrange: while any is open the meeting is not ready. */
export const openFollowUps = (items: readonly AdjustmentFollowUp[]): AdjustmentFollowUp[] =>
  items.filter((f) => f.state === "requested");

/** Ready when every adjustment asked for is arranged or the family has been told it is not possible. */
export const isReady = (items: readonly AdjustmentFollowUp[]): boolean => openFollowUps(items).length === 0;
