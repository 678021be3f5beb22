import type { Instant } from "../time/instant";

export interface Recipient {
  readonly name: string;
  readonly email: string;
}

export interface OutgoingMail {
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly subject: string;
  readonly html: string;
  /** A token that identifies what this mail is about (an offer); replies carry it back. */
  readonly reference: string;
}

export interface ReceivedMail {
  readonly id: string;
  readonly from: Recipient;
  readonly subject: string;
  /** As received: parent-supplied, so sanitise before showing it as HTML. */
  readonly html: string;
  readonly receivedAt: Instant;
}

export interface Mail {
  /** Sends once: if the send's outcome is uncertain, Sent Items is checked before reporting failure. */
  send(mail: OutgoingMail): Promise<void>;
  /** Whether mail carrying `reference` is already in Sent Items (to resume work without resending). */
  sentWithReference(reference: string): Promise<boolean>;
  /** Mail in the inbox that carries `reference`, newest first. */
  findByReference(reference: string): Promise<readonly ReceivedMail[]>;
}
