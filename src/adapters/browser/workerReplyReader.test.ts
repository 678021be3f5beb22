import { afterEach, describe, expect, it, vi } from "vitest";
import { type ReadReply, type ReplyInput, readReply } from "../../domain/replies/interpretReply";
import { DECEMBER } from "../../domain/replies/replyTestOffers";
import { READ_LIMIT_MS, type ReaderWorker, workerReplyReader } from "./workerReplyReader";

/*
 * Node has no Web Worker: these stand-ins behave as the browser's does at its edge (messages in,
 * messages out, later), running the real reader, or never answering, or failing.
 */

type Behaviour = "answers" | "hangs" | "fails";

function fakeWorkers(behaviours: Behaviour[]) {
  const started: { behaviour: Behaviour; terminated: boolean; received: number }[] = [];
  const start = (): ReaderWorker => {
    const behaviour = behaviours[started.length] ?? "answers";
    const state = { behaviour, terminated: false, received: 0 };
    started.push(state);
    const worker: ReaderWorker = {
      onmessage: null,
      onerror: null,
      postMessage({ id, input }) {
        state.received++;
        setTimeout(() => {
          if (state.terminated || behaviour === "hangs") return;
          if (behaviour === "fails")
            worker.onerror?.(new Event("error") as ErrorEvent); // Node has no ErrorEvent
          else worker.onmessage?.(new MessageEvent("message", { data: { id, read: readReply(input) } }));
        }, 1);
      },
      terminate() {
        state.terminated = true;
      },
    };
    return worker;
  };
  return { started, start };
}

const input = (text: string): ReplyInput => ({
  subject: "Re: Meeting",
  body: `<div>${text}</div>`,
  bodyIsHtml: true,
  offer: { ref: DECEMBER.ref, slots: DECEMBER.slots, zone: DECEMBER.zone },
});

afterEach(() => {
  vi.useRealTimers();
});

describe("reading replies in a worker", () => {
  it("gives the reader's own answer, one reply at a time, in one worker", async () => {
    const { started, start } = fakeWorkers(["answers"]);
    const reader = workerReplyReader(1_000, start);
    const [first, second] = await Promise.all([
      reader.read(input("The third time works for me")),
      reader.read(input("Thanks, see you then!")),
    ]);
    expect(first).toEqual(readReply(input("The third time works for me")));
    expect(first?.reading.kind === "choice" && first.reading.choice).toBe(3);
    expect(second?.text).toBe("Thanks, see you then!");
    expect(started).toEqual([{ behaviour: "answers", terminated: false, received: 2 }]);
  });

  it("stops a worker that does not answer in time, and reads the next reply in a new one", async () => {
    vi.useFakeTimers();
    const { started, start } = fakeWorkers(["hangs", "answers"]);
    const reader = workerReplyReader(READ_LIMIT_MS, start);
    const stalled = reader.read(input("Time 2"));
    const next = reader.read(input("The first time is good"));
    await vi.advanceTimersByTimeAsync(READ_LIMIT_MS - 1);
    expect(started.map((w) => w.terminated)).toEqual([false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await stalled).toBeUndefined();
    expect(started[0]?.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    const read: ReadReply | undefined = await next;
    expect(read?.reading.kind === "choice" && read.reading.choice).toBe(1);
    expect(started.map((w) => [w.behaviour, w.terminated])).toEqual([
      ["hangs", true],
      ["answers", false],
    ]);
  });

  it("gives undefined for a worker that fails, and starts afresh", async () => {
    const { started, start } = fakeWorkers(["fails", "answers"]);
    const reader = workerReplyReader(1_000, start);
    expect(await reader.read(input("Time 2"))).toBeUndefined();
    expect((await reader.read(input("Option 2 works")))?.reading.kind).toBe("choice");
    expect(started.map((w) => w.terminated)).toEqual([true, false]);
  });
});
