import { describe, expect, it } from "vitest";
import type { ThemeName } from "../../domain/ports/host";
import { startStandaloneHost } from "./standaloneHost";

/** A window whose media queries answer as `set` says, and can change as a system setting would. */
function fakeWindow(set: Set<string>) {
  const listeners = new Map<string, Set<() => void>>();
  const win = {
    navigator: { language: "en-GB" },
    matchMedia(query: string) {
      const own = listeners.get(query) ?? new Set();
      listeners.set(query, own);
      return {
        get matches() {
          return set.has(query);
        },
        addEventListener: (_: string, fn: () => void) => own.add(fn),
        removeEventListener: (_: string, fn: () => void) => own.delete(fn),
      };
    },
  };
  const change = (query: string, on: boolean) => {
    if (on) set.add(query);
    else set.delete(query);
    for (const fn of listeners.get(query) ?? []) fn();
  };
  return { win: win as unknown as Window, change };
}

describe("the browser host's theme", () => {
  it.each([
    [[], "light"],
    [["(prefers-color-scheme: dark)"], "dark"],
    [["(prefers-contrast: more)"], "contrast"],
    [["(forced-colors: active)", "(prefers-color-scheme: dark)"], "contrast"],
    [["(prefers-contrast: more)", "(prefers-color-scheme: dark)"], "contrast"],
  ] as const)("with %j is %s", (queries, theme) => {
    const { win } = fakeWindow(new Set(queries));
    expect(startStandaloneHost(win).context.theme).toBe(theme);
  });

  it("follows the system as more contrast is asked for and given up, until unsubscribed", () => {
    const { win, change } = fakeWindow(new Set(["(prefers-color-scheme: dark)"]));
    const seen: ThemeName[] = [];
    const stop = startStandaloneHost(win).onThemeChange((t) => seen.push(t));
    change("(prefers-contrast: more)", true);
    change("(prefers-contrast: more)", false);
    change("(forced-colors: active)", true);
    stop();
    change("(forced-colors: active)", false);
    expect(seen).toEqual(["contrast", "dark", "contrast"]);
  });
});
