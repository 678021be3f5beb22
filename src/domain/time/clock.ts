import type { Instant } from "./instant";

/** The only way the domain learns the current time; injected so tests and the demo are repeatable. */
export interface Clock {
  now(): Instant;
}
