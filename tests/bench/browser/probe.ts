import type { Page } from "playwright-core";

/** An element that counts as shown: it matches `selector` and, when `text` is given, has exactly that text. */
export interface Target {
  readonly selector: string;
  readonly text?: string;
}

export interface Probe {
  /** Every one of these must be visible. */
  readonly targets: readonly Target[];
  /** Time from a click on this element instead of from navigation start. */
  readonly fromClickOn?: Target;
}

export interface Shown {
  /** Milliseconds from navigation start (or the click) to the first frame with every target visible. */
  readonly ms: number;
  /** Paths of the JavaScript the page had received by then, its controlling service worker included. */
  readonly js: readonly string[];
}

/**
 * The page-side half of a measurement, as a script for `addInitScript`. It is plain JavaScript in
 * a string: tsx would wrap a TypeScript function's inner functions in a `__name` helper that the
 * page does not have.
 *
 * A MutationObserver notices when the targets are in the DOM and visible; the time taken is after
 * the next animation frame (rAF, then a message, so the frame has been produced), which is when a
 * person could see them. The JS counted is every `.js` resource whose response had ended by then.
 */
export function probeScript(probe: Probe): string {
  return `(() => {
  const probe = ${JSON.stringify(probe)};
  const matches = (el, target) =>
    target.text === undefined || (el.textContent || "").trim() === target.text;
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const shown = (target) =>
    Array.from(document.querySelectorAll(target.selector)).some((el) => matches(el, target) && visible(el));
  const javascriptBy = (at) => {
    const paths = performance.getEntriesByType("resource")
      .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= at)
      .map((entry) => new URL(entry.name).pathname);
    const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (worker) paths.push(new URL(worker.scriptURL).pathname);
    return [...new Set(paths)].filter((path) => path.endsWith(".js"));
  };
  let start = probe.fromClickOn ? undefined : 0;
  let done = false;
  const check = () => {
    if (done || start === undefined || !probe.targets.every(shown)) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.now();
        window.__benchShown = { ms: at - start, js: javascriptBy(at) };
      };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ["class", "style", "hidden"],
  });
  if (probe.fromClickOn) {
    const target = probe.fromClickOn;
    addEventListener("click", (event) => {
      if (start !== undefined || !(event.target instanceof Element)) return;
      const el = event.target.closest(target.selector);
      if (el && matches(el, target)) {
        start = event.timeStamp;
        check();
      }
    }, true);
  }
})();`;
}

function isShown(value: unknown): value is Shown {
  if (typeof value !== "object" || value === null) return false;
  const ms: unknown = Reflect.get(value, "ms");
  const js: unknown = Reflect.get(value, "js");
  return typeof ms === "number" && Array.isArray(js) && js.every((path) => typeof path === "string");
}

/** Waits (at most `timeoutMs`) for the probe installed in `page` to see its targets, and returns what it saw. */
export async function shownOn(page: Page, timeoutMs: number, errors: readonly string[]): Promise<Shown> {
  try {
    await page.waitForFunction("window.__benchShown !== undefined", undefined, { timeout: timeoutMs });
  } catch (cause) {
    const seen = errors.length ? ` Page errors: ${errors.join(" | ")}` : "";
    throw new Error(`${page.url()} did not show what the bench waits for in ${timeoutMs} ms.${seen}`, {
      cause,
    });
  }
  const shown = await page.evaluate<unknown>("window.__benchShown");
  if (!isShown(shown)) throw new Error(`The bench's probe returned ${JSON.stringify(shown)}`);
  return shown;
}
