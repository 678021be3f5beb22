import { vi } from "vitest";

/**
 * Fakes only the timers that time-outs and the demo tenant's held answers use. Immediate tasks
 * (which join requests into a `$batch`) and promises run as they do for real.
 */
export function useFakeTimeouts(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
}

/**
 * Moves fake time on in small steps until `work` settles (or `maxMs` has passed), so a request
 * the tenant holds back times out without anyone waiting for real. Returns `work`.
 */
export async function settle<T>(work: Promise<T>, stepMs = 50, maxMs = 600_000): Promise<T> {
  let settled = false;
  work.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let t = 0; !settled && t < maxMs; t += stepMs) {
    // Real turns of the event loop first, so requests in flight are answered before fake time
    // moves on: only a request the tenant holds back should ever reach its time-out.
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(stepMs);
  }
  return work;
}

/** Lets fake time run out every timer still waiting (answers held back after the client gave up). */
export async function drainTimers(): Promise<void> {
  await vi.runAllTimersAsync();
}
