import type { Instant } from "../time/instant";

export interface Recipient {
  readonly name: string;
  readonly email: string;
}

/** A file sent with a mail (a summary's document). */
export interface MailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface OutgoingMail {
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly subject: string;
  readonly html: string;
  /** A token that identifies what this mail is about (an offer); replies carry it back. */
  readonly reference: string;
  /** Files to attach (an agenda or a summary as .docx); small enough to send inline (under 3 MB). */
  readonly attachments?: readonly MailAttachment[];
}

export interface ReceivedMail {
  readonly id: string;
  readonly from: Recipient;
  readonly subject: string;
  /** As received: parent-supplied, so sanitise before showing it as HTML. */
  readonly html: string;
  readonly receivedAt: Instant;
}

export interface SendOptions {
  /**
   * This mail may have gone already (work interrupted after sending, before it was recorded):
   * Sent Items is checked for its reference first, and it is not sent again if it is there.
   */
  readonly mayHaveSent?: boolean;
}

export interface Mail {
  /**
   * Sends exactly once: mail that may have gone already, or whose send's outcome is unknown (a
   * time-out), is looked for in Sent Items by its reference (waiting a little for Sent Items to
   * catch up) and never sent a second time; not found after an unknown outcome, it stays
   * `uncertain` for staff to check.
   */
  send(mail: OutgoingMail, options?: SendOptions): Promise<void>;
  /** Mail in the inbox that carries `reference`, newest first. */
  findByReference(reference: string): Promise<readonly ReceivedMail[]>;
}
