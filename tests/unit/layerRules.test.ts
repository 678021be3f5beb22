import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const BIOME = join(ROOT, "node_modules", ".bin", "biome");
const run = promisify(execFile);

const planted: string[] = [];
afterEach(() => {
  for (const file of planted.splice(0)) rmSync(file, { force: true });
});

/** Writes a file with this import into src, lints it as `npm run lint` would, and gives Biome's verdict. */
async function lintPlanted(dir: string, name: string, importLine: string) {
  const file = join(ROOT, dir, `${name}.layer-canary.ts`);
  planted.push(file);
  writeFileSync(file, `${importLine}\n\nexport const canary = planted;\n`);
  try {
    const { stdout, stderr } = await run(BIOME, ["lint", "--max-diagnostics=5", file], { cwd: ROOT });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

const DEMO_ONLY = "Only src/app/demoServices.ts and src/app/demoRecords.ts (and tests) reach the demo tenant";
const PARENT_ONLY = "The families' page (parent.html) is plain TypeScript over the domain";

describe("layer rules (biome.json), checked by planting a bad import", () => {
  it("refuses the demo tenant anywhere in src/app but the two demo modules", {
    timeout: 30_000,
  }, async () => {
    const bad = await lintPlanted(
      "src/app",
      "compose",
      'import { DemoTenant as planted } from "../adapters/demo-tenant/tenant";',
    );
    expect(bad.failed).toBe(true);
    expect(bad.output).toContain("noRestrictedImports");
    expect(bad.output).toContain(DEMO_ONLY);
  });

  it("refuses the demo tenant from the graph adapter's code, however the path is written", {
    timeout: 30_000,
  }, async () => {
    const bad = await lintPlanted(
      "src/adapters/graph/records",
      "records",
      'import { misExportCsv as planted } from "../../demo-tenant/seed/families";',
    );
    expect(bad.failed).toBe(true);
    expect(bad.output).toContain(DEMO_ONLY);
  });

  it("refuses app, features and SDKs in the families' page, and lets it use the domain", {
    timeout: 30_000,
  }, async () => {
    const features = await lintPlanted(
      "src/parent",
      "features",
      'import { useServices as planted } from "../features/services";',
    );
    expect(features.failed).toBe(true);
    expect(features.output).toContain(PARENT_ONLY);
    const fluent = await lintPlanted(
      "src/parent",
      "fluent",
      'import { Button as planted } from "@fluentui/react-components";',
    );
    expect(fluent.failed).toBe(true);
    expect(fluent.output).toContain(PARENT_ONLY);
    const domain = await lintPlanted(
      "src/parent",
      "domain",
      'import { instant as planted } from "../domain/time/instant";',
    );
    expect(domain).toEqual({ failed: false, output: expect.stringContaining("Checked 1 file") });
  });
});
