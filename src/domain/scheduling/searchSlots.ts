import type { Clock } from "../time/clock";
import type { Instant } from "../time/instant";
import { walkCandidates } from "./candidates";
import { explainEmpty } from "./explain";
import { validateRequest } from "./limits";
import { buildPlan } from "./plan";
import type { SlotRequest } from "./request";
import type { SlotSearchResult } from "./result";
import { describeSlot } from "./slotDetails";
import { pickSpread, rankCandidates } from "./spread";

/**
 * Finds meeting times that honour the family's windows first, then staff working hours and
 * free/busy, rooms with the needed features, term dates and the notice for papers.
 *
 * Pure: the only time it knows is `now` (no slot starts before it; notice counts from its date). Times are integers throughout; zones are applied
 * when reading the inputs' local times and when describing the chosen slots. The answer does not
 * depend on the order of any input list except `family.preferred`, whose order is the family's
 * ranking.
 *
 * - `found`: up to `maxSlots` slots, best first, spread over different days.
 * - `none`: what blocks every time, in sentences naming the person, dates or room to change.
 * - `rejected`: the request is outside the engine's bounds (`SLOT_LIMITS` in limits.ts) or malformed.
 */
export function searchSlots(request: SlotRequest, now: Instant): SlotSearchResult {
  const problems = validateRequest(request);
  if (problems.length > 0) return { kind: "rejected", problems };
  const plan = buildPlan(request, now);
  const walk = walkCandidates(plan);
  if (walk.candidates.length === 0) {
    const blockers = explainEmpty(plan, walk.roomless);
    return { kind: "none", blockers, explanation: blockers.map((b) => b.message).join(" ") };
  }
  const ranked = rankCandidates(walk.candidates, plan.family.byRank.length, plan.optional.length);
  const picked = pickSpread(ranked, request.maxSlots, plan.lengthMs);
  return {
    kind: "found",
    slots: picked.map((c) => describeSlot(plan, c)),
    candidateCount: walk.candidates.length,
  };
}

/** {@link searchSlots} with "now" read from an injected clock. */
export function findSlots(request: SlotRequest, clock: Clock): SlotSearchResult {
  return searchSlots(request, clock.now());
}
