import { agreed, type Group } from "./replyGroups";
import type { ReplyHints } from "./replyHints";
import type { ReplyInterpretation } from "./replyInterpretation";

/*
 * From the thoughts of a free-text reply to one suggestion. Staff always confirm, so whenever the
 * words could reasonably mean two things the answer is "unclear" with both, never a guess.
 */

const MAX_QUOTE = 160;
const quote = (text: string) => `“${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}”`;
const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const sorted = (set: Iterable<number>) => [...new Set(set)].sort((a, b) => a - b);

/** Reads a free-text reply's thoughts against `count` offered times. */
export function freeTextChoice(
  groups: readonly Group[],
  count: number,
  text: string,
  hints: ReplyHints,
): ReplyInterpretation {
  const unclear = (
    candidates: Iterable<number>,
    code: Extract<ReplyInterpretation, { kind: "unclear" }>["code"],
    reason: string,
  ) => ({ kind: "unclear", candidates: sorted(candidates), code, reason, hints }) as const;
  const noneWork = { kind: "noneWork", availability: text, hints } as const;

  if (groups.some((g) => g.noneWork)) return noneWork;
  const named = groups.filter((g) => g.mentions.length > 0);
  const positive = named.filter((g) => !g.negative);
  const excluded = new Set(named.filter((g) => g.negative).flatMap(agreed));

  const conflicting = positive.find(
    (g) => agreed(g).length === 0 && g.mentions.some((m) => m.slots.length > 0),
  );
  if (conflicting) {
    const candidates = conflicting.mentions.flatMap((m) => m.slots);
    return unclear(candidates, "conflicting", `${quote(conflicting.text)} points at different offered times`);
  }
  const valid = positive.filter((g) => agreed(g).length > 0);
  if (valid.length > 0) {
    // Firm words decide; hints such as "afternoon" only narrow them down when they can.
    const firm = valid.filter((g) => g.mentions.some((m) => m.strong));
    const base = firm.length > 0 ? firm : valid;
    let picks = range(count).filter((s) => base.every((g) => agreed(g).includes(s)));
    if (picks.length === 0) {
      return unclear(
        base.flatMap(agreed),
        "several",
        `${quote(base.map((g) => g.text).join(" … "))} names more than one offered time`,
      );
    }
    let narrowedAway = false;
    for (const g of valid) {
      if (base.includes(g)) continue;
      const narrower = picks.filter((s) => agreed(g).includes(s));
      if (narrower.length > 0) picks = narrower;
      else narrowedAway = true;
    }
    const kept = picks.filter((s) => !excluded.has(s));
    if (kept.length === 0)
      return unclear(picks, "contradictory", `${quote(text)} says both yes and no to the same time`);
    const evidence = valid.map((g) => g.text).join(" … ");
    if (kept.length > 1)
      return unclear(kept, "several", `${quote(evidence)} could mean more than one of the offered times`);
    // High only when firm words alone single it out ("Wtorek, 15 grudnia": the date does), and
    // not in a question ("Is the Tuesday one in person?" may not be a choice at all).
    const sure =
      firm.length === valid.length &&
      !narrowedAway &&
      firm.some((g) => agreed(g).length === 1) &&
      !valid.some((g) => g.doubtful || /[?؟]\s*$/u.test(g.text));
    const [choice = 0] = kept;
    return { kind: "choice", choice, confidence: sure ? "high" : "medium", evidence, hints };
  }

  const unoffered = positive.find((g) => g.mentions.every((m) => m.slots.length === 0));
  if (unoffered && !groups.some((g) => g.otherTimes)) {
    return unclear([], "notOffered", `${quote(unoffered.text)} does not match any of the offered times`);
  }
  const remaining = range(count).filter((s) => !excluded.has(s));
  if (groups.some((g) => g.anyWillDo))
    return unclear(remaining, "anyWillDo", "says any of the times would do");
  if (excluded.size > 0) {
    if (remaining.length === 0) return noneWork;
    return unclear(remaining, "ruledOutOnly", "says which times do not work, but not which one does");
  }
  if (unoffered || groups.some((g) => g.otherTimes)) return noneWork;
  if (count === 1 && groups.some((g) => g.affirmative) && !groups.some((g) => g.negative)) {
    const evidence = groups.find((g) => g.affirmative)?.text ?? text;
    return { kind: "choice", choice: 1, confidence: "medium", evidence, hints };
  }
  return {
    kind: "notUnderstood",
    code: "noTime",
    reason: "no offered time could be picked out of it",
    hints,
  };
}
