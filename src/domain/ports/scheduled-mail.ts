import type { Instant } from "../time/instant";
import type { OutgoingMail, SendOptions } from "./mail";

/**
 * Mail handed to Exchange now and delivered later (deferred delivery): it waits in the sender's
 * Outbox until its time, so no server of ours has to be awake to send it.
 */
export interface ScheduledMail {
  /**
   * Schedules once: with `mayHaveSent`, or after a send whose outcome is unknown, the Outbox and
   * Sent Items are checked for the reference first and it is not scheduled a second time.
   */
  schedule(mail: OutgoingMail, at: Instant, options?: SendOptions): Promise<void>;
  /** Withdraws mail still waiting with this reference; false when none waits (gone already, or never scheduled). */
  withdraw(reference: string): Promise<boolean>;
}
