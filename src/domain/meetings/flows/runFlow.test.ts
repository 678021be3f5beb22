import { describe, expect, it } from "vitest";
import { instant } from "../../time/instant";
import type { Meeting, StoredMeeting } from "../meeting";
import { isMeetingError } from "../meetingError";
import { offeredMeeting } from "../testing/meetingFixture";
import { beginWork, type Flow, runFlow, type Step, StopFlow, together } from "./runFlow";

const clock = { now: () => instant(1_000) };

/** Keeps every save, as the records store would, with a version that counts up. */
function memorySaver() {
  const saves: Meeting[] = [];
  return {
    saves,
    async save(previous: StoredMeeting, meeting: Meeting): Promise<StoredMeeting> {
      saves.push(meeting);
      return { id: previous.id, version: String(Number(previous.version) + 1), meeting };
    },
  };
}

const mark = (name: string): Step<unknown> => ({
  name,
  run: async (m) => ({ ...m, done: [...m.done, name] }),
});
const nothing: Step<unknown> = { name: "nothing", run: async (m) => m };

const flow = (steps: Step<unknown>[]): Flow<unknown> => ({
  name: "withdraw",
  status: "withdrawing",
  steps,
  finish: (m) => ({ ...m, status: "withdrawn", work: undefined }),
});

function begun(f: Flow<unknown>): StoredMeeting {
  return { id: "7", version: "1", meeting: beginWork(offeredMeeting(), f, { reason: "why" }, clock) };
}

describe("runFlow", () => {
  it("saves after each step that changed the meeting, folding the finish into the last save", async () => {
    const f = flow([mark("a"), nothing, mark("b")]);
    const saver = memorySaver();
    const done = await runFlow(f, begun(f), undefined, saver);
    expect(saver.saves.map((m) => [m.status, m.done])).toEqual([
      ["withdrawing", ["a"]],
      ["withdrawn", ["a", "b"]],
    ]);
    expect(done).toMatchObject({ id: "7", version: "3", meeting: { status: "withdrawn", work: undefined } });
  });

  it("tells steps they are resuming only when an earlier run of the flow began", async () => {
    const seen: boolean[] = [];
    const spy: Step<unknown> = {
      name: "spy",
      run: async (m, _d, ctx) => {
        seen.push(ctx.resuming);
        return m;
      },
    };
    const f = flow([spy]);
    const first = begun(f);
    await runFlow(f, first, undefined, memorySaver());
    const again = { ...first, meeting: beginWork(first.meeting, f, {}, clock) };
    await runFlow(f, again, undefined, memorySaver());
    expect(seen).toEqual([false, true]);
    expect(again.meeting.work).toMatchObject({ attempt: 2, reason: "why" });
  });

  it("saves what a stopped step leaves, then reports its problem as a code", async () => {
    const stop: Step<unknown> = {
      name: "stop",
      run: async (m) => {
        throw new StopFlow({ ...m, status: "offered", work: undefined }, { code: "nothingToChase" });
      },
    };
    const f = flow([mark("a"), stop]);
    const saver = memorySaver();
    const e = await runFlow(f, begun(f), undefined, saver).catch((x: unknown) => x);
    expect(isMeetingError(e, "nothingToChase")).toBe(true);
    expect(saver.saves.map((m) => m.status)).toEqual(["withdrawing", "offered"]);
  });

  it("refuses to run a flow the meeting was not begun for", async () => {
    const stored = { id: "7", version: "1", meeting: offeredMeeting() };
    const e = await runFlow(flow([]), stored, undefined, memorySaver()).catch((x: unknown) => x);
    expect(isMeetingError(e, "otherWorkUnderway")).toBe(true);
  });
});

describe("beginWork", () => {
  it("records what was asked, and resumes rather than restarts the same flow", () => {
    const f = flow([]);
    const first = beginWork(offeredMeeting(), f, { slot: 1, carerId: "c1", households: ["1"] }, clock);
    expect(first.work).toEqual({
      flow: "withdraw",
      attempt: 1,
      startedAt: 1_000,
      slot: 1,
      carerId: "c1",
      reason: "",
      households: ["1"],
      extendBy: 0,
    });
    expect(beginWork(first, f, { slot: 2 }, clock).work).toMatchObject({ attempt: 2, slot: 1 });
  });

  it("refuses to start one flow while another is unfinished", () => {
    const m = beginWork(offeredMeeting(), flow([]), {}, clock);
    const other: Flow<unknown> = { ...flow([]), name: "cancel", status: "cancelling" };
    expect(() => beginWork(m, other, {}, clock)).toThrow(
      expect.objectContaining({ problem: { code: "otherWorkUnderway", flow: "withdraw" } }),
    );
  });
});

describe("together", () => {
  it("runs steps from the same meeting and keeps every done key and each one's change", async () => {
    const holds: Step<unknown> = {
      name: "holds",
      run: async (m) => ({ ...m, offer: m.offer && { ...m.offer, holds: [] }, done: [...m.done, "h"] }),
    };
    const both = together("both", holds, mark("mail"));
    const out = await both.run(offeredMeeting({ done: ["x"] }), undefined, {
      meetingId: "7",
      resuming: false,
    });
    expect(out.done).toEqual(["x", "h", "mail"]);
    expect(out.offer?.holds).toEqual([]);
  });

  it("refuses two steps changing the same thing", async () => {
    const a: Step<unknown> = { name: "a", run: async (m) => ({ ...m, note: "a" }) };
    const b: Step<unknown> = { name: "b", run: async (m) => ({ ...m, note: "b" }) };
    await expect(
      together("ab", a, b).run(offeredMeeting(), undefined, { meetingId: "7", resuming: false }),
    ).rejects.toThrow("Steps in ab both change note (b)");
  });
});
