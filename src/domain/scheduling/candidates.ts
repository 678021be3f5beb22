import { DAY_MS, type Instant, MINUTE_MS } from "../time/instant";
import { normalise } from "../time/interval";
import { IntervalCursor } from "../time/intervalCursor";
import { offsetSpans } from "../time/zoneOffset";
import type { SearchPlan } from "./plan";

/** Parts of the school day, so offers on one day are spread between morning and afternoon. */
const MIDDAY = 12 * 60;
const LATE = 15 * 60;

/** A start time that satisfies every hard constraint, with what ranking needs to know. */
export interface Candidate {
  readonly start: Instant;
  /** Index into `plan.rooms`, or -1 when no room is needed. */
  readonly roomIndex: number;
  /** Index of the first preferred window holding it; `preferred.length` when only acceptable. */
  readonly rank: number;
  readonly optionalCount: number;
  readonly hasHolds: boolean;
  /** School-local date (days since epoch) and part of day: 0 morning, 1 afternoon, 2 after 3pm. */
  readonly day: number;
  readonly part: number;
}

/** What the walk found, and how many otherwise-good starts failed only for want of a room. */
export interface Walk {
  readonly candidates: Candidate[];
  readonly roomless: number;
}

const mod = (n: number, m: number) => ((n % m) + m) % m;

/**
 * Walks the grid through every stretch where all required people are free, in time order, so
 * each check is an amortised O(1) cursor step rather than a search. Integer arithmetic only: the
 * school's offset is looked up once per stretch, not per start.
 */
export function walkCandidates(plan: SearchPlan): Walk {
  const { lengthMs: len, stepMs: step } = plan;
  const zone = plan.request.school.zone;
  const noStart = new IntervalCursor(plan.noStart);
  const rooms = plan.rooms.map((r) => new IntervalCursor(r.blocked));
  const ranks = plan.family.byRank.map((list) => new IntervalCursor(list));
  const optional = plan.optional.map((o) => new IntervalCursor(o.available));
  const holds = new IntervalCursor(
    normalise(plan.required.flatMap((r) => r.holds.flatMap((h) => h.intervals))),
  );
  const acceptableRank = plan.family.stated ? ranks.length : 0;
  const candidates: Candidate[] = [];
  let roomless = 0;
  for (const free of plan.free) {
    for (const piece of offsetSpans(zone, free.start, free.end)) {
      const shift = piece.offsetMinutes * MINUTE_MS;
      // Align to the grid on the school's clock, not UTC, so half-hour zones get 9:00 not 9:30.
      const first = Math.max(free.start, piece.start);
      const misalign = mod(first + shift, step);
      for (let s = first + (misalign === 0 ? 0 : step - misalign); s < piece.end; s += step) {
        const start = s as Instant;
        const end = (s + len) as Instant;
        if (end > free.end) break;
        if (noStart.overlaps(start, (s + 1) as Instant)) continue;
        let roomIndex = -1;
        if (plan.needsRoom) {
          roomIndex = rooms.findIndex((c) => !c.overlaps(start, end));
          if (roomIndex < 0) {
            roomless++;
            continue;
          }
        }
        let rank = ranks.findIndex((c) => c.contains(start, end));
        if (rank < 0) rank = acceptableRank;
        let optionalCount = 0;
        for (const c of optional) if (c.contains(start, end)) optionalCount++;
        const local = s + shift;
        const day = Math.floor(local / DAY_MS);
        const minutes = (local - day * DAY_MS) / MINUTE_MS;
        candidates.push({
          start,
          roomIndex,
          rank,
          optionalCount,
          hasHolds: holds.overlaps(start, end),
          day,
          part: minutes < MIDDAY ? 0 : minutes < LATE ? 1 : 2,
        });
      }
    }
  }
  return { candidates, roomless };
}
