import type { Clock } from "../../domain/time/clock";
import { instant } from "../../domain/time/instant";

/** The device's clock. */
export const systemClock: Clock = { now: () => instant(Date.now()) };
