import { createServer } from "vite";

/**
 * Prints every figure as `bench: <name> = <value>` (numbers to two decimals, strings such as a
 * `passed/total` count as they are), one per line. A bench is a
 * `<area>.bench.ts` file exporting a function that measures and returns its named figures; add it
 * to this list. One failing bench is reported and fails the run, but the others still print.
 *
 * The benches are loaded through Vite, as the app and the tests are: the family languages are
 * found with `import.meta.glob` (src/domain/i18n/locales.ts), which plain Node cannot run.
 */
const benches: ReadonlyArray<readonly [module: string, name: string]> = [
  ["freeBusy", "freeBusyBench"],
  ["slots", "slotsBench"],
  ["parentSize", "parentSizeBench"],
  ["booking", "bookingBench"],
  ["taskpane", "taskpaneBench"],
  ["faults", "faultsBench"],
  ["replies", "repliesBench"],
  ["i18n", "i18nBench"],
  ["timeline", "timelineBench"],
];

type Bench = () => Promise<Record<string, number | string>>;

// Vite's dev server sets NODE_ENV to "development", which the production builds the benches make
// would inherit (React's development build, unminified): put back what it was.
const nodeEnv = process.env.NODE_ENV;
const vite = await createServer({
  root: new URL("../..", import.meta.url).pathname,
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: "custom",
  logLevel: "error",
});
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
let failed = false;
for (const [module, exported] of benches) {
  try {
    const bench = (await vite.ssrLoadModule(`/tests/bench/${module}.bench.ts`))[exported] as Bench;
    for (const [name, value] of Object.entries(await bench())) {
      process.stdout.write(`bench: ${name} = ${typeof value === "string" ? value : value.toFixed(2)}\n`);
    }
  } catch (error) {
    failed = true;
    console.error(`bench ${exported} failed:`, error);
  }
}
if (failed) process.exitCode = 1;
await vite.close();
