import { describe, expect, it } from "vitest";
import { shellText } from "./shellText";
import { SHELL_MESSAGES } from "./staff/shell";
import { staffText } from "./staffMessages";

describe("shellText", () => {
  const keys = Object.keys(SHELL_MESSAGES) as (keyof typeof SHELL_MESSAGES)[];

  it("says exactly what the staff catalogue says for every frame message", () => {
    for (const key of keys) {
      const names = [...SHELL_MESSAGES[key].matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? "");
      const values = Object.fromEntries(names.map((n) => [n, `‹${n}›`]));
      expect(shellText(key, values), key).toBe(staffText(key, values));
    }
  });

  it("fills placeholders and keeps apostrophes", () => {
    expect(shellText("shell.startup.thisIs", { app: "Teams app" })).toBe("This is Common Ground's Teams app");
    expect(shellText("shell.openingPage", { title: "Find times" })).toBe("Opening Find times…");
  });

  it("has no plural or select, which only the ICU formatter understands", () => {
    for (const key of keys) expect(SHELL_MESSAGES[key], key).not.toMatch(/\{\s*\w+\s*,/);
  });
});
