import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";

/** Graph's free/busy statuses; `unknown` is anything else and is treated as busy. */
export type BusyStatus = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

export interface BusyBlock {
  readonly start: Instant;
  readonly end: Instant;
  readonly status: BusyStatus;
}

export interface WorkingHours {
  /** 0 = Sunday … 6 = Saturday. */
  readonly days: readonly number[];
  /** Minutes after local midnight. */
  readonly startMinutes: number;
  readonly endMinutes: number;
  readonly zone: IanaZone;
}

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
