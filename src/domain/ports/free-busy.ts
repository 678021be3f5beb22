import type { BusyBlock } from "../scheduling/freeBusy";
import type { WorkingHours } from "../scheduling/request";
import type { Instant } from "../time/instant";

export interface Schedule {
  /** The mailbox address asked for, lower case. */
  readonly address: string;
  readonly busy: readonly BusyBlock[];
  readonly workingHours: WorkingHours | undefined;
  /** Why this schedule could not be read (unknown address, no permission), if it could not. */
  readonly error: string | undefined;
}

/** When people and rooms are busy. Any number of addresses and any range; the adapter splits as Graph needs. */
export interface FreeBusy {
  schedules(addresses: readonly string[], from: Instant, to: Instant): Promise<readonly Schedule[]>;
}
