import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const SUITE = "tests/unit/faults.test.ts";

interface JsonReport {
  readonly numTotalTests: number;
  readonly numPassedTests: number;
}

/**
 * Runs the fault suite (each scenario a fault injected into the demo tenant under the real use
 * cases) and reports how many scenarios end with the right words for staff and exactly one of
 * everything, as `passed/total`.
 */
export async function faultsBench(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), "cg-faults-"));
  const out = join(dir, "report.json");
  try {
    // A failing scenario makes vitest exit non-zero; the report still says how many passed.
    await promisify(execFile)("npx", ["vitest", "run", SUITE, "--reporter=json", `--outputFile=${out}`], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((e: unknown) => e);
    const report = JSON.parse(await readFile(out, "utf8")) as JsonReport;
    if (report.numTotalTests === 0) throw new Error(`${SUITE} ran no scenarios`);
    return { "faults.scenarios_passed": `${report.numPassedTests}/${report.numTotalTests}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
