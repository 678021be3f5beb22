import type { ReadReply, ReplyInput } from "../replies/interpretReply";

/**
 * Reads replies from families, away from the screen staff are using where the platform allows
 * (mail from outside is hostile input: a reply must never freeze the pane).
 */
export interface ReplyReader {
  /**
   * The reply read as `readReply` reads it, or `undefined` when reading did not finish within the
   * reader's time limit (or failed). Never rejects.
   */
  read(input: ReplyInput): Promise<ReadReply | undefined>;
}
