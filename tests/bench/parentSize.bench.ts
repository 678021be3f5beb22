import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");

/** Scripts and module preloads named by an HTML page, as paths under dist/. */
function scriptsOf(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith("<script") && /\bsrc="([^"]+\.js)"/.test(tag);
    const isPreload = /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    return (isScript || isPreload) && url ? [url] : [];
  });
}

/** Static `import … from "./x.js"` and `import "./x.js"` in a built chunk; dynamic imports load later, if ever. */
function staticImportsOf(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)].flatMap((m) =>
    m[1] === undefined ? [] : [m[1]],
  );
}

/** `import("./x.js")` in a built chunk: loaded later, such as one language's words. */
function dynamicImportsOf(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].flatMap((m) =>
    m[1] === undefined ? [] : [m[1]],
  );
}

/**
 * Gzip size (level 9, kB of 1,000 bytes as Vite reports) of every JavaScript file the parent
 * response page loads before it can be used: its entry, the chunks it preloads, their static
 * imports, and the largest chunk it fetches later (one language's words: the page fetches only
 * the language it shows). Builds first, so the figure is always for the current sources.
 */
export async function parentSizeBench(): Promise<Record<string, number>> {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const html = readFileSync(join(DIST, "parent.html"), "utf8");
  const pending = scriptsOf(html).map((url) => join(DIST, url));
  const seen = new Set<string>();
  let bytes = 0;
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    bytes += gzipSync(code, { level: 9 }).length;
    pending.push(...staticImportsOf(code.toString("utf8")).map((spec) => resolve(dirname(file), spec)));
  }
  if (seen.size === 0) throw new Error("dist/parent.html names no scripts: is parent.html a Vite entry?");
  const later = [...seen].flatMap((file) =>
    dynamicImportsOf(readFileSync(file, "utf8")).map((spec) => resolve(dirname(file), spec)),
  );
  const largestLater = Math.max(0, ...later.map((file) => gzipSync(readFileSync(file), { level: 9 }).length));
  return {
    "parent.js_gzip_kb": Math.round((bytes + largestLater) / 100) / 10,
    "parent.language_chunk_gzip_kb": Math.round(largestLater / 100) / 10,
  };
}
