import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MICROSOFT_365_HOSTS, nginxSnippet } from "../../manifest/hosting";

const ROOT = resolve(import.meta.dirname, "../..");
const BUILD_TIMEOUT_MS = 150_000;

let dist = "";
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "common-ground-hosting-"));
  vi.stubEnv("NODE_ENV", "production");
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, "vite.config.ts"),
      logLevel: "error",
      build: { outDir: dist, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    vi.unstubAllEnvs();
  }
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const built = (file: string) => readFileSync(join(dist, file), "utf8");

/** A policy's directives and their sources, as a browser splits them. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The `_headers` file's headers for one path. */
function headersFor(path: string): Record<string, string> {
  const block = built("_headers")
    .split("\n\n")
    .find((b) => b.split("\n")[0] === path);
  if (!block) throw new Error(`no block for ${path}`);
  return Object.fromEntries(
    block
      .split("\n")
      .slice(1)
      .map((line) => {
        const at = line.indexOf(":");
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

function metaPolicy(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
  if (!match?.[1]) throw new Error("no Content-Security-Policy meta");
  return match[1];
}

describe("the built site's Content-Security-Policy", () => {
  it("lets Teams and Outlook frame the staff app, and only Graph and Microsoft's sign-in be reached", () => {
    for (const path of ["/", "/index.html", "/redirect.html"]) {
      const headers = headersFor(path);
      const csp = directives(headers["Content-Security-Policy"] ?? "");
      expect(csp["frame-ancestors"]).toEqual(["'self'", ...MICROSOFT_365_HOSTS]);
      expect(csp["frame-ancestors"]).toContain("https://teams.microsoft.com");
      expect(csp["frame-ancestors"]).toContain("https://outlook.office.com");
      expect(csp["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(csp["connect-src"]).toEqual([
        "'self'",
        "https://graph.microsoft.com",
        "https://login.microsoftonline.com",
        "https://appsforoffice.microsoft.com",
      ]);
      expect(csp["frame-src"]).toEqual(["'self'", "https://login.microsoftonline.com"]);
      expect(csp["worker-src"]).toEqual(["'self'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    }
  });

  it("lets nobody frame the families' page and lets it reach nothing but its own origin", () => {
    for (const path of ["/parent.html", "/parent"]) {
      const csp = directives(headersFor(path)["Content-Security-Policy"] ?? "");
      expect(csp["default-src"]).toEqual(["'none'"]);
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp["connect-src"]).toEqual(["'self'"]);
      expect(csp["script-src"]).toEqual(["'self'"]);
      expect(headersFor(path)["Referrer-Policy"]).toBe("no-referrer");
    }
  });

  it("writes the same headers for Azure Static Web Apps, the families' page overriding on its routes", () => {
    const config = JSON.parse(built("staticwebapp.config.json")) as {
      globalHeaders: Record<string, string>;
      routes: { route: string; headers: Record<string, string> }[];
    };
    expect(config.globalHeaders["Content-Security-Policy"]).toBe(headersFor("/")["Content-Security-Policy"]);
    expect(config.routes.map((r) => r.route)).toEqual(["/parent.html", "/parent"]);
    expect(config.routes[0]?.headers["Content-Security-Policy"]).toBe(
      headersFor("/parent.html")["Content-Security-Policy"],
    );
  });

  it("puts the policy in each page as a meta fallback, without frame-ancestors, which meta cannot carry", () => {
    const app = directives(metaPolicy(built("index.html")));
    expect(app["frame-ancestors"]).toBeUndefined();
    const { "frame-ancestors": _, ...appHeader } = directives(
      headersFor("/")["Content-Security-Policy"] ?? "",
    );
    expect(app).toEqual(appHeader);
    expect(directives(metaPolicy(built("redirect.html")))).toEqual(app);
    const parent = directives(metaPolicy(built("parent.html")));
    expect(parent["default-src"]).toEqual(["'none'"]);
    expect(parent["frame-ancestors"]).toBeUndefined();
  });

  it("has no inline script in any page, so the policy needs no 'unsafe-inline' for scripts", () => {
    for (const page of ["index.html", "parent.html", "redirect.html"]) {
      const scripts = built(page).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toMatch(/\ssrc="\//);
    }
    expect(built("index.html").indexOf("Content-Security-Policy")).toBeLessThan(
      built("index.html").indexOf("<script"),
    );
  });

  it("documents the nginx equivalent in SECURITY.md as the code writes it", () => {
    expect(readFileSync(join(ROOT, "SECURITY.md"), "utf8")).toContain(nginxSnippet());
  });
});
