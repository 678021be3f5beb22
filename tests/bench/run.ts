import { freeBusyBench } from "./freeBusy.bench";

/** Prints every figure as `bench: <name> = <value>`, one per line. */
const benches: Array<() => Promise<Record<string, number>>> = [freeBusyBench];

for (const bench of benches) {
  for (const [name, value] of Object.entries(await bench()))
    process.stdout.write(`bench: ${name} = ${value}\n`);
}
