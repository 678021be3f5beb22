import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { strToU8, zipSync } from "fflate";
import type { JsonValue, ManifestJson, ManifestSettings } from "./manifest";
import {
  manifestDirectory,
  parseOrigin,
  renderManifest,
  settingsFromEnv,
  validateManifest,
} from "./manifest";

const projectRoot = resolve(manifestDirectory, "..");

export const DEFAULT_OUT_FILE = join(projectRoot, "dist", "appPackage.zip");
export const DEFAULT_ASSETS_DIR = join(projectRoot, "assets");

/** Sizes the Teams store checks: colour icon 192×192, outline icon 32×32. */
const PACKAGE_ICON_SIZES = { color: 192, outline: 32 } as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PackageOptions {
  settings: ManifestSettings;
  outFile?: string;
  /** Holds color.png and outline.png; its public/ folder is served at the origin's root. */
  assetsDir?: string;
}

export type PackageOutcome =
  | { ok: true; path: string; bytes: number; manifest: ManifestJson }
  | { ok: false; failures: string[] };

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const isPng = bytes.length >= 24 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
  if (!isPng) {
    return undefined;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function checkPng(file: string, label: string, size: number, failures: string[]): Uint8Array | undefined {
  if (!existsSync(file)) {
    failures.push(`${label}: ${file} does not exist`);
    return undefined;
  }
  const bytes = readFileSync(file);
  const actual = pngSize(bytes);
  if (!actual) {
    failures.push(`${label}: ${file} is not a PNG`);
  } else if (actual.width !== size || actual.height !== size) {
    failures.push(`${label}: ${file} is ${actual.width}×${actual.height}; expected ${size}×${size}`);
  }
  return bytes;
}

/** Every `{ size, url }` icon in the manifest whose url is served by this app. */
function hostedIcons(value: JsonValue, origin: string, found: { size: number; url: string }[] = []) {
  if (Array.isArray(value)) {
    for (const item of value) hostedIcons(item, origin, found);
  } else if (value !== null && typeof value === "object") {
    const { size, url } = value;
    if (typeof size === "number" && typeof url === "string" && url.startsWith(`${origin}/`)) {
      found.push({ size, url });
    }
    for (const item of Object.values(value)) hostedIcons(item, origin, found);
  }
  return found;
}

/** Renders, validates and zips the app package; writes nothing unless everything checks out. */
export async function buildPackage(options: PackageOptions): Promise<PackageOutcome> {
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;
  const assetsDir = options.assetsDir ?? DEFAULT_ASSETS_DIR;
  const origin = parseOrigin(options.settings.origin).origin;
  const manifest = renderManifest(options.settings);
  const failures = await validateManifest(manifest);

  const icons = manifest.icons;
  const entries: Record<string, Uint8Array> = {};
  if (icons !== null && typeof icons === "object" && !Array.isArray(icons)) {
    for (const key of ["color", "outline"] as const) {
      const name = icons[key];
      if (typeof name !== "string") continue;
      const bytes = checkPng(join(assetsDir, name), `icons.${key}`, PACKAGE_ICON_SIZES[key], failures);
      if (bytes) entries[name] = bytes;
    }
  }
  for (const icon of hostedIcons(manifest, origin)) {
    const served = join(assetsDir, "public", new URL(icon.url).pathname);
    checkPng(served, icon.url, icon.size, failures);
  }
  if (failures.length > 0) {
    return { ok: false, failures: [...new Set(failures)] };
  }

  const zip = zipSync(
    { "manifest.json": strToU8(`${JSON.stringify(manifest, null, 2)}\n`), ...entries },
    // A fixed timestamp, so the same inputs always give the same bytes.
    { level: 9, mtime: new Date(2000, 0, 1) },
  );
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { ok: true, path: outFile, bytes: zip.byteLength, manifest };
}

async function main(): Promise<void> {
  const outcome = await buildPackage({ settings: settingsFromEnv() });
  if (!outcome.ok) {
    console.error("The app package was not written; the manifest or its icons need fixing:");
    for (const failure of outcome.failures) console.error(`  - ${failure}`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${relative(process.cwd(), outcome.path)} (${outcome.bytes} bytes)\n`);
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
