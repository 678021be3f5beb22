import { useEffect, useState } from "react";
import type { TimelineState } from "../../domain/ports/timeline-feed";
import { useServices } from "../services";

/** The child's timeline as the cache has it: the last copy at once, a fresh one when it comes. */
export function useTimeline(childId: string): [TimelineState, () => void] {
  const { timelines } = useServices();
  const [state, setState] = useState<TimelineState>(
    () => timelines.current(childId) ?? { status: "loading" },
  );
  useEffect(() => timelines.watch(childId, setState), [timelines, childId]);
  const retry = () => {
    timelines.refresh(childId).catch((error: unknown) => console.warn("Timeline not read again", error));
  };
  return [state, retry];
}
