import type { Instant } from "./instant";

/**
 * A half-open stretch of time [start, end): a meeting ending at 10:00 does not clash with one
 * starting at 10:00. Lists of intervals are "normalised" when sorted by start, non-empty and
 * neither overlapping nor touching; every function here that takes two lists expects that.
 */
export interface Interval {
  readonly start: Instant;
  readonly end: Instant;
}

// Arithmetic on instants yields plain numbers; re-brand without re-checking in hot paths.
function span(start: number, end: number): Interval {
  return { start: start as Instant, end: end as Instant };
}

/** Makes an interval; rejects an end before its start. */
export function interval(start: Instant, end: Instant): Interval {
  if (end < start) throw new RangeError(`Interval ends before it starts: ${start} > ${end}`);
  return { start, end };
}

/** Sorts, drops empty intervals and merges overlapping or touching ones. */
export function normalise(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  let current: Interval | undefined;
  for (const next of sorted) {
    if (current && next.start <= current.end) {
      if (next.end > current.end) current = span(current.start, next.end);
    } else {
      if (current) out.push(current);
      current = next;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Everything covered by either list. */
export function union(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return normalise([...a, ...b]);
}

/** What both normalised lists cover. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push(span(start, end));
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** What `a` covers and `b` does not (both normalised). */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const x of a) {
    let start: number = x.start;
    while (j < b.length && (b[j] as Interval).end <= start) j++;
    let k = j;
    while (k < b.length && start < x.end) {
      const y = b[k] as Interval;
      if (y.start >= x.end) break;
      if (y.start > start) out.push(span(start, y.start));
      start = Math.max(start, y.end);
      k++;
    }
    if (start < x.end) out.push(span(start, x.end));
  }
  return out;
}

/** The part of a normalised list inside [from, to). */
export function clip(list: readonly Interval[], from: Instant, to: Instant): Interval[] {
  return intersect(list, [span(from, to)]);
}

/**
 * Grows every interval by `before` ms at its start and `after` ms at its end, then normalises.
 * Used for buffers: a meeting [s, e) with buffers clashes with busy time [b, f) exactly when
 * [s, e) meets [b - bufferAfter, f + bufferBefore).
 */
export function widen(list: readonly Interval[], before: number, after: number): Interval[] {
  if (before === 0 && after === 0) return normalise(list);
  return normalise(list.map((i) => span(i.start - before, i.end + after)));
}

/** Whether any interval is at least `length` ms long. */
export function hasRoomFor(list: readonly Interval[], length: number): boolean {
  return list.some((i) => i.end - i.start >= length);
}

/** Index of the first interval in a normalised list that ends after `at`. */
function firstEndingAfter(list: readonly Interval[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Interval).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) meets any interval of a normalised list (binary search). */
export function overlapsAny(list: readonly Interval[], start: Instant, end: Instant): boolean {
  const hit = list[firstEndingAfter(list, start)];
  return hit !== undefined && hit.start < end;
}

/** Whether [start, end) lies wholly inside one interval of a normalised list (binary search). */
export function containsSpan(list: readonly Interval[], start: Instant, end: Instant): boolean {
  const hit = list[firstEndingAfter(list, start)];
  return hit !== undefined && hit.start <= start && end <= hit.end;
}
