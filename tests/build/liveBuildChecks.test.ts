import { resolve } from "node:path";
import { type ResolvedConfig, resolveConfig } from "vite";
import { afterEach, describe, expect, it, vi } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** Resolves vite.config.ts for `vite build` with these settings, as a build would, without bundling. */
async function buildConfig(env: Record<string, string>): Promise<ResolvedConfig> {
  for (const name of ["VITE_MODE", "VITE_SCHOOL_NAME", "VITE_SCHOOL_PHONE", "VITE_REPLY_DOMAINS"])
    vi.stubEnv(name, env[name] ?? "");
  return resolveConfig(
    { root: ROOT, configFile: resolve(ROOT, "vite.config.ts"), logLevel: "silent" },
    "build",
    "production",
  );
}

const SCHOOL = {
  VITE_SCHOOL_NAME: "Contoso Primary School",
  VITE_SCHOOL_PHONE: "0131 496 0000",
  VITE_REPLY_DOMAINS: "contoso.example, Contoso.org.uk",
};

afterEach(() => vi.unstubAllEnvs());

describe("a live build", () => {
  it("fails, saying what to set, when the school's reply domains are not configured", async () => {
    const failure = buildConfig({ ...SCHOOL, VITE_MODE: "live", VITE_REPLY_DOMAINS: "" });
    await expect(failure).rejects.toThrow(
      /A live build \(VITE_MODE=live\) needs the school's identity for the parent page:\n {2}- VITE_REPLY_DOMAINS is not set \(the school's mail domains, comma-separated, e.g\. school\.org\)/,
    );
  });

  it("names every missing or malformed setting at once", async () => {
    const failure = buildConfig({
      VITE_MODE: "live",
      VITE_SCHOOL_PHONE: "call us",
      VITE_REPLY_DOMAINS: "school",
    });
    await expect(failure).rejects.toThrow(/VITE_SCHOOL_NAME is not set/);
    await expect(failure).rejects.toThrow(
      /VITE_SCHOOL_PHONE is not a phone number like 01463 555 0100: "call us"/,
    );
    await expect(failure).rejects.toThrow(
      /VITE_REPLY_DOMAINS: "school" is not a domain name like school\.org/,
    );
  });

  it("builds without source maps once the school is configured; demo builds keep them", async () => {
    expect((await buildConfig({ ...SCHOOL, VITE_MODE: "live" })).build.sourcemap).toBe(false);
    expect((await buildConfig({ VITE_MODE: "demo" })).build.sourcemap).toBe(true);
    expect((await buildConfig({})).build.sourcemap).toBe(true);
  });
});
