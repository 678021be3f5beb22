import { useCallback, useRef, useState } from "react";

export interface ActionState<A extends unknown[]> {
  /** Runs the action unless it is already running: a double click does it once. */
  readonly run: (...args: A) => Promise<void>;
  readonly busy: boolean;
  /** What went wrong last time, until the next run starts. */
  readonly error: unknown;
  /** Runs again with the same arguments as the last run. */
  readonly retry: () => Promise<void>;
  readonly clearError: () => void;
}

/**
 * Gives a button its busy, error and retry state. The action's errors are kept for the screen to
 * put into words (see errorText); `onDone` gets the result when it succeeds.
 */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onDone?: (result: R) => void,
): ActionState<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const running = useRef(false);
  const last = useRef<A | undefined>(undefined);
  const actionRef = useRef(action);
  actionRef.current = action;
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  const run = useCallback(async (...args: A) => {
    if (running.current) return;
    running.current = true;
    last.current = args;
    setBusy(true);
    setError(undefined);
    try {
      const result = await actionRef.current(...args);
      doneRef.current?.(result);
    } catch (e) {
      setError(e ?? new Error("The action failed"));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const retry = useCallback(async () => {
    if (last.current) await run(...last.current);
  }, [run]);
  const clearError = useCallback(() => setError(undefined), []);
  return { run, busy, error, retry, clearError };
}
