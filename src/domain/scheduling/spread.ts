import type { Candidate } from "./candidates";

/**
 * Orders candidates best first: the family's preference, then times free of tentative holds, then
 * more optional attendees, then sooner. A bucket sort on the first three keys keeps the walk's
 * time order within each bucket, so no comparison sort is needed.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  rankCount: number,
  optionalTotal: number,
): Candidate[] {
  const width = optionalTotal + 1;
  const buckets: Candidate[][] = Array.from({ length: (rankCount + 1) * 2 * width }, () => []);
  for (const c of candidates) {
    const key = (c.rank * 2 + (c.hasHolds ? 1 : 0)) * width + (optionalTotal - c.optionalCount);
    buckets[key]?.push(c);
  }
  return buckets.flat();
}

/**
 * Picks up to `count` from ranked candidates so the offer is a real choice: first the best time on
 * each different day, then different parts of a day already used, then anything left. Two offers
 * never overlap. The result is in the order picked, so the first few are always the most varied
 * choice: asking for fewer slots gives a prefix of asking for more.
 */
export function pickSpread(ranked: readonly Candidate[], count: number, lengthMs: number): Candidate[] {
  const chosen = new Set<number>();
  const picked: Candidate[] = [];
  const days = new Set<number>();
  const parts = new Set<number>();
  // Checked across all picks, not per day: a late slot can run past midnight into the next day.
  const clashes = (c: Candidate) => picked.some((p) => Math.abs(p.start - c.start) < lengthMs);
  const pass = (wanted: (c: Candidate) => boolean) => {
    for (let i = 0; i < ranked.length && chosen.size < count; i++) {
      const c = ranked[i];
      if (!c || chosen.has(i) || !wanted(c) || clashes(c)) continue;
      chosen.add(i);
      picked.push(c);
      days.add(c.day);
      parts.add(c.day * 3 + c.part);
    }
  };
  pass((c) => !days.has(c.day));
  pass((c) => !parts.has(c.day * 3 + c.part));
  pass(() => true);
  return picked;
}
