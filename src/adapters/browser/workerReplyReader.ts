import type { ReplyReader } from "../../domain/ports/reply-reader";
import type { ReadReply, ReplyInput } from "../../domain/replies/interpretReply";

/** The parts of a Web Worker the reader uses. */
export interface ReaderWorker {
  postMessage(message: { readonly id: number; readonly input: ReplyInput }): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<{ readonly id: number; readonly read: ReadReply }>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** How long one reply may take; the reader's own worst case is far below this. */
export const READ_LIMIT_MS = 5_000;

function startWorker(): ReaderWorker {
  // Written out in full so that Vite sees the worker and bundles it as a module of its own.
  return new Worker(new URL("./replyReader.worker.ts", import.meta.url), { type: "module" });
}

/**
 * Reads replies in a Web Worker, one at a time. A reply not read within `limitMs` (or a worker
 * that fails) gives `undefined`: the worker is terminated, so nothing keeps running, and a new
 * one reads the next reply.
 */
export function workerReplyReader(
  limitMs = READ_LIMIT_MS,
  start: () => ReaderWorker = startWorker,
): ReplyReader {
  let worker: ReaderWorker | undefined;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function readNow(input: ReplyInput): Promise<ReadReply | undefined> {
    const current = worker ?? start();
    worker = current;
    const id = ++nextId;
    return new Promise((resolve) => {
      const finish = (read: ReadReply | undefined) => {
        clearTimeout(timer);
        current.onmessage = null;
        current.onerror = null;
        if (read === undefined) {
          current.terminate();
          if (worker === current) worker = undefined;
        }
        resolve(read);
      };
      const timer = setTimeout(() => finish(undefined), limitMs);
      current.onmessage = (event) => {
        if (event.data.id === id) finish(event.data.read);
      };
      current.onerror = () => finish(undefined);
      current.postMessage({ id, input });
    });
  }

  return {
    read(input) {
      const result = queue.then(() => readNow(input));
      queue = result;
      return result;
    },
  };
}
