import { bookingBench } from "./booking.bench";
import { faultsBench } from "./faults.bench";
import { freeBusyBench } from "./freeBusy.bench";
import { i18nBench } from "./i18n.bench";
import { parentSizeBench } from "./parentSize.bench";
import { repliesBench } from "./replies.bench";
import { slotsBench } from "./slots.bench";
import { taskpaneBench } from "./taskpane.bench";
import { timelineBench } from "./timeline.bench";

/**
 * Prints every figure as `bench: <name> = <value>` (numbers to two decimals, strings such as a
 * `passed/total` count as they are), one per line. A bench is a
 * `<area>.bench.ts` file exporting a function that measures and returns its named figures; add it
 * to this list. One failing bench is reported and fails the run, but the others still print.
 */
const benches: Array<() => Promise<Record<string, number | string>>> = [
  freeBusyBench,
  slotsBench,
  parentSizeBench,
  bookingBench,
  taskpaneBench,
  faultsBench,
  repliesBench,
  i18nBench,
  timelineBench,
];

let failed = false;
for (const bench of benches) {
  try {
    for (const [name, value] of Object.entries(await bench())) {
      process.stdout.write(`bench: ${name} = ${typeof value === "string" ? value : value.toFixed(2)}\n`);
    }
  } catch (error) {
    failed = true;
    console.error(`bench ${bench.name} failed:`, error);
  }
}
if (failed) process.exitCode = 1;
