import type { TimelineEntry } from "./records";

/** What the screen shows of a child's timeline while it is read, and after. */
export type TimelineState =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly entries: readonly TimelineEntry[];
      /** A newer copy is being read behind the one shown. */
      readonly refreshing: boolean;
    }
  | { readonly status: "error"; readonly error: unknown };

/**
 * A child's timeline as a live copy: the last one read is shown at once (returning to a page draws
 * it straight away) and a fresh one is read behind it, replacing it when it arrives.
 */
export interface TimelineFeed {
  /** The copy in memory, if there is one, to draw on the first render without waiting. */
  current(childId: string): TimelineState | undefined;
  /** Calls `listener` now and on every change; returns a function that stops listening. */
  watch(childId: string, listener: (state: TimelineState) => void): () => void;
  /** Reads the child's timeline again (after an error, or when asked). */
  refresh(childId: string): Promise<void>;
}
