import type { Host, ThemeName } from "../../domain/ports/host";
import { type IanaZone, ianaZone } from "../../domain/time/zone";

/** The browser's own zone setting, if it names a real IANA zone. */
export function browserZone(): IanaZone | undefined {
  try {
    return ianaZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    return undefined;
  }
}

/**
 * Windows' contrast themes (forced colours) and a system asking for more contrast (macOS "Increase
 * contrast", Windows' contrast themes again) both get the app's contrast theme, as Teams' own
 * "contrast" theme does.
 */
const CONTRAST_QUERIES = ["(forced-colors: active)", "(prefers-contrast: more)"];

function schemeFrom(win: Window): ThemeName {
  if (CONTRAST_QUERIES.some((q) => win.matchMedia(q).matches)) return "contrast";
  return win.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** A plain browser tab: theme follows the operating system, language the browser. */
export function startStandaloneHost(win: Window): Host {
  return {
    context: {
      kind: "standalone",
      theme: schemeFrom(win),
      locale: win.navigator.language || "en-GB",
      timeZone: browserZone(),
      loginHint: undefined,
    },
    onThemeChange(listener) {
      const queries = ["(prefers-color-scheme: dark)", ...CONTRAST_QUERIES].map((q) => win.matchMedia(q));
      const onChange = () => listener(schemeFrom(win));
      for (const q of queries) q.addEventListener("change", onChange);
      return () => {
        for (const q of queries) q.removeEventListener("change", onChange);
      };
    },
  };
}
