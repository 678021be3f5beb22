import type { ReplyReader } from "../../domain/ports/reply-reader";
import { readReply } from "../../domain/replies/interpretReply";

/**
 * Reads replies on the calling thread: for Node (tests, the bench) and for a host without Web
 * Workers. The reader is linear-time and capped, so this is quick, but it cannot be stopped.
 */
export const inProcessReplyReader: ReplyReader = {
  read: async (input) => readReply(input),
};
