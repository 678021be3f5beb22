/**
 * Resolves once the frame after `render` has been painted, so what is fetched next does not compete
 * with the first screen for the network or the main thread. A hidden document paints nothing (a
 * Teams tab loaded in the background), so there it resolves at once; `fallbackMs` bounds the wait
 * should frames be held back for any other reason.
 */
export function afterFirstPaint(scope: PaintScope = globalThis, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (scope.document?.visibilityState === "hidden" || typeof scope.requestAnimationFrame !== "function") {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, fallbackMs);
    scope.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** The part of `window` this needs; passed in tests to stand for a visible or hidden page. */
export interface PaintScope {
  readonly document?: { readonly visibilityState: string } | undefined;
  readonly requestAnimationFrame?: ((callback: () => void) => number) | undefined;
}
