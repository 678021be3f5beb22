import { useCallback, useEffect, useRef, useState } from "react";

export interface ActionState<A extends unknown[]> {
  /** Runs the action unless it is already running: a double click does it once. */
  readonly run: (...args: A) => Promise<void>;
  readonly busy: boolean;
  /** What went wrong last time, until the next run starts. */
  readonly error: unknown;
  /** Runs again with the same arguments as the last run. */
  readonly retry: () => Promise<void>;
  readonly clearError: () => void;
  /** The step the running action last reported, for a progress label; cleared when it finishes. */
  readonly step: string | undefined;
  /** Hand this to work that names its steps (`setup.provision(act.report)`); ignored when not running. */
  readonly report: (step: string) => void;
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
  const [step, setStep] = useState<string>();
  const running = useRef(false);
  const mounted = useRef(false);
  const last = useRef<A | undefined>(undefined);
  const actionRef = useRef(action);
  actionRef.current = action;
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  // Set in the effect rather than at creation, so StrictMode's unmount-and-remount leaves it true.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A) => {
    if (running.current) return;
    running.current = true;
    last.current = args;
    setBusy(true);
    setError(undefined);
    setStep(undefined);
    let result: R;
    try {
      result = await actionRef.current(...args);
    } catch (e) {
      if (mounted.current) setError(e ?? new Error("The action failed"));
      return;
    } finally {
      running.current = false;
      if (mounted.current) {
        setBusy(false);
        setStep(undefined);
      }
    }
    // Outside the try: the work is done, so a fault in onDone must not be offered as "try again",
    // which would repeat it. Called even after unmount, because the work did happen (a sent offer
    // still has to clear its draft).
    doneRef.current?.(result);
  }, []);
  const retry = useCallback(async () => {
    if (last.current) await run(...last.current);
  }, [run]);
  const clearError = useCallback(() => setError(undefined), []);
  const report = useCallback((next: string) => {
    if (running.current && mounted.current) setStep(next);
  }, []);
  return { run, busy, error, retry, clearError, step, report };
}
