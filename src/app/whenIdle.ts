/**
 * Runs `work` when the browser has nothing better to do, or after `fallbackMs` where there is no
 * `requestIdleCallback` (Safari, so Outlook on Mac). Returns a function that cancels it.
 */
export function whenIdle(work: () => void, fallbackMs = 200, scope: IdleScope = globalThis): () => void {
  if (typeof scope.requestIdleCallback === "function") {
    const handle = scope.requestIdleCallback(() => work(), { timeout: 5_000 });
    return () => scope.cancelIdleCallback?.(handle);
  }
  const timer = setTimeout(work, fallbackMs);
  return () => clearTimeout(timer);
}

/** The part of `window` this needs; passed in tests to stand for a browser with or without it. */
export interface IdleScope {
  requestIdleCallback?: ((callback: () => void, options?: { timeout: number }) => number) | undefined;
  cancelIdleCallback?: ((handle: number) => void) | undefined;
}
