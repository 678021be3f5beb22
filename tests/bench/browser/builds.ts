import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { gzipSync } from "fflate";
import { build } from "vite";

const ROOT = resolve(import.meta.dirname, "../../..");
const FLOOR = resolve(import.meta.dirname, "../fluent-floor");

/** Runs `work` with these environment variables set (or unset), then puts them back. */
async function withEnv<T>(env: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    return await work();
  } finally {
    apply(saved);
  }
}

/**
 * The app's production build as `npx vite build` makes it (the project's vite.config.ts), for the
 * demo: the only mode that runs in a browser with no one signing in.
 */
export async function buildDemoApp(outDir: string): Promise<string> {
  await withEnv({ VITE_MODE: "demo", VITE_CLIENT_ID: undefined, VITE_SHAREPOINT_SITE: undefined }, () =>
    build({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "error",
      build: { outDir, emptyOutDir: true },
    }),
  );
  return outDir;
}

/** The bare Fluent page under tests/bench/fluent-floor, built by the same Vite with only the React plugin. */
export async function buildFluentFloor(outDir: string, cacheDir: string): Promise<string> {
  await build({
    root: FLOOR,
    configFile: false,
    cacheDir,
    publicDir: false,
    plugins: [react()],
    logLevel: "error",
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  return outDir;
}

/** Gzip (fflate, level 9) of these built files, in kB of 1,000 bytes. */
export function gzipKb(dir: string, paths: readonly string[]): number {
  const bytes = paths.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(dir, path)), { level: 9 }).length,
    0,
  );
  return bytes / 1000;
}
