import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Instant } from "./instant";
import {
  clip,
  containsSpan,
  hasRoomFor,
  type Interval,
  intersect,
  normalise,
  overlapsAny,
  subtract,
  union,
  widen,
} from "./interval";
import { IntervalCursor } from "./intervalCursor";

const iv = (start: number, end: number): Interval => ({ start: start as Instant, end: end as Instant });
const at = (n: number) => n as Instant;

// A brute-force model on a small integer line: the set of covered unit cells.
const SIZE = 60;
const cells = (list: readonly Interval[]) => {
  const on = new Array<boolean>(SIZE + 20).fill(false);
  for (const i of list) for (let t = Math.max(0, i.start); t < i.end; t++) on[t] = true;
  return on;
};
const arbList = fc.array(
  fc.tuple(fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 0, max: 12 })).map(([s, l]) => iv(s, s + l)),
  { maxLength: 8 },
);
const isNormal = (list: readonly Interval[]) =>
  list.every((x, i) => x.start < x.end && (i === 0 || (list[i - 1] as Interval).end < x.start));

describe("interval algebra", () => {
  it("merges touching and overlapping intervals, half-open", () => {
    expect(normalise([iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10)])).toEqual([iv(1, 4), iv(5, 9)]);
    expect(subtract([iv(0, 10)], [iv(2, 3), iv(5, 12)])).toEqual([iv(0, 2), iv(3, 5)]);
    expect(intersect([iv(0, 4), iv(6, 10)], [iv(3, 7)])).toEqual([iv(3, 4), iv(6, 7)]);
    expect(overlapsAny([iv(0, 10)], at(10), at(11))).toBe(false);
    expect(containsSpan([iv(0, 10)], at(5), at(10))).toBe(true);
    expect(widen([iv(10, 20)], 5, 2)).toEqual([iv(5, 22)]);
  });

  // Thousands of generated cases take seconds on a loaded two-core machine: past Vitest's 5 s default.
  it("agrees with a brute-force model (property)", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(arbList, arbList, (rawA, rawB) => {
        const a = normalise(rawA);
        const b = normalise(rawB);
        const ca = cells(a);
        const cb = cells(b);
        for (const [result, rule] of [
          [union(a, b), (x: boolean, y: boolean) => x || y],
          [intersect(a, b), (x: boolean, y: boolean) => x && y],
          [subtract(a, b), (x: boolean, y: boolean) => x && !y],
        ] as const) {
          expect(isNormal(result)).toBe(true);
          const cr = cells(result);
          for (let t = 0; t < cr.length; t++) expect(cr[t]).toBe(rule(ca[t] ?? false, cb[t] ?? false));
        }
        expect(clip(a, at(10), at(30))).toEqual(intersect(a, [iv(10, 30)]));
        expect(hasRoomFor(a, 5)).toBe(a.some((x) => x.end - x.start >= 5));
      }),
      { numRuns: 1000 },
    );
  });

  it("cursor and binary search give the same answers for ordered questions (property)", () => {
    fc.assert(
      fc.property(
        arbList,
        fc.array(fc.tuple(fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 1, max: 10 })), {
          maxLength: 20,
        }),
        (raw, questions) => {
          const list = normalise(raw);
          const cursor = new IntervalCursor(list);
          const sorted = [...questions].sort((x, y) => x[0] - y[0]);
          for (const [s, l] of sorted) {
            const c = cells(list);
            let all = true;
            let any = false;
            for (let t = s; t < s + l; t++) {
              all &&= c[t] ?? false;
              any ||= c[t] ?? false;
            }
            expect(overlapsAny(list, at(s), at(s + l))).toBe(any);
            expect(cursor.overlaps(at(s), at(s + l))).toBe(any);
            // Containment means one interval, and normalised intervals never touch, so "all" is it.
            expect(containsSpan(list, at(s), at(s + l))).toBe(all);
            expect(cursor.contains(at(s), at(s + l))).toBe(all);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
