import { searchSlots } from "../../src/domain/scheduling/searchSlots";
import { instantFromIso } from "../../src/domain/time/instant";
import { schoolRequest } from "./schoolCalendars";
import { p50 } from "./stats";

// Papers need five working days: "now" is the Monday before the search starts.
const NOW = instantFromIso("2026-01-05T08:00:00Z");
const WARMUP = 30;
const RUNS = 101;

const CASES = [
  // A typical review: 10 staff (3 required), 5 rooms, 8 weeks, 5-minute grid.
  {
    name: "slots.school.p50_ms",
    request: schoolRequest({ seed: 1, first: "2026-01-12", days: 56, staff: 10, required: 3 }),
  },
  // Graph's limits: 20 schedules (15 staff, 4 of them required; 5 rooms) over 61 days.
  {
    name: "slots.large.p50_ms",
    request: schoolRequest({ seed: 2, first: "2026-01-12", days: 61, staff: 15, required: 4 }),
  },
];

/**
 * Median time of the slot engine on realistic calendars, after warm-up so the JIT and the
 * per-session zone caches are as a user's second search would find them.
 */
export async function slotsBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const { name, request } of CASES) {
    const result = searchSlots(request, NOW);
    // A bench that finds nothing would be timing the explanation path, not the search.
    if (result.kind !== "found") throw new Error(`${name}: expected slots, got ${result.kind}`);
    for (let i = 0; i < WARMUP; i++) searchSlots(request, NOW);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      searchSlots(request, NOW);
      times.push(performance.now() - start);
    }
    figures[name] = p50(times);
  }
  return figures;
}
