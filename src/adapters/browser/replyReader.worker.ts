import type { ReplyInput } from "../../domain/replies/interpretReply";
import { readReply } from "../../domain/replies/interpretReply";

/*
 * The reply reader's Web Worker: reads one reply per message, so that whatever a reply holds, the
 * pane staff are using stays responsive (and the reader can be stopped if it runs too long).
 */

interface Request {
  readonly id: number;
  readonly input: ReplyInput;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, input } = event.data;
  // In a worker `postMessage` answers the page; the DOM typings only know the window's, which
  // takes the same single argument when no options are given.
  self.postMessage({ id, read: readReply(input) });
};
