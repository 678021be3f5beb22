import type { Instant } from "./instant";
import type { Interval } from "./interval";

/**
 * Answers overlap and containment questions about one normalised list when the questions come
 * in order of non-decreasing start, as they do when walking candidate meeting times. Each
 * interval is passed once, so a whole walk costs O(list + questions) instead of a binary search
 * per question.
 */
export class IntervalCursor {
  private index = 0;

  constructor(private readonly list: readonly Interval[]) {}

  private current(start: number): Interval | undefined {
    let item = this.list[this.index];
    while (item !== undefined && item.end <= start) {
      this.index++;
      item = this.list[this.index];
    }
    return item;
  }

  /** Whether [start, end) meets any interval. */
  overlaps(start: Instant, end: Instant): boolean {
    const item = this.current(start);
    return item !== undefined && item.start < end;
  }

  /** Whether [start, end) lies wholly inside one interval. */
  contains(start: Instant, end: Instant): boolean {
    const item = this.current(start);
    return item !== undefined && item.start <= start && end <= item.end;
  }
}
