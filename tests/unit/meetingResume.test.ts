import { beforeEach, describe, expect, it } from "vitest";
import type { StoredMeeting } from "../../src/domain/meetings/meeting";
import { answer, meetingWorld, StoppingStore } from "../support/meetingWorld";

const world = meetingWorld();
beforeEach(world.reset);

type World = Awaited<ReturnType<typeof world.setUp>>;

/**
 * Each flow is stopped at every save in turn — just before the record is written (the step's work
 * done but not recorded) and just after — then run again. The end state must match a run that was
 * never stopped: the same events, the same emails (none twice), the same timeline.
 */
const flows: {
  name: string;
  before: (w: World) => Promise<StoredMeeting | undefined>;
  act: (w: Pick<World, "offers" | "meetings" | "draft">, id: string | undefined) => Promise<StoredMeeting>;
}[] = [
  {
    name: "offer",
    before: async () => undefined,
    act: (w) => w.offers.send(w.draft),
  },
  {
    name: "book (both households)",
    before: (w) => w.offers.send(w.draft),
    act: async (w, id = "") => {
      const m = await w.meetings.get(id);
      const [a, b] = m.meeting.carers;
      return w.meetings.book(id, { slot: 1, carerId: a?.id ?? "" }, [
        {
          carerId: a?.id ?? "",
          answer: answer(2, { adjustments: ["interpreter"], interpreterLanguage: "Polish" }),
        },
        { carerId: b?.id ?? "", answer: answer(2, { adjustments: ["online"] }) },
      ]);
    },
  },
  {
    name: "join",
    before: async (w) => {
      const m = await w.offers.send(w.draft);
      return w.meetings.book(m.id, { slot: 0, carerId: m.meeting.carers[0]?.id ?? "" }, []);
    },
    act: async (w, id = "") => {
      const m = await w.meetings.get(id);
      return w.meetings.join(id, {
        carerId: m.meeting.carers[1]?.id ?? "",
        answer: answer(1, { adjustments: ["online"] }),
      });
    },
  },
  {
    name: "cancel",
    before: async (w) => {
      const m = await w.offers.send(w.draft);
      return w.meetings.book(m.id, { slot: 0, carerId: m.meeting.carers[0]?.id ?? "" }, []);
    },
    act: (w, id = "") => w.meetings.cancel(id, "Staff illness"),
  },
  {
    name: "withdraw",
    before: (w) => w.offers.send(w.draft),
    act: (w, id = "") => w.meetings.withdraw(id, ""),
  },
];

async function cleanRun(flow: (typeof flows)[number]) {
  await world.reset();
  const w = await world.setUp();
  const first = await flow.before(w);
  const done = await flow.act(w, first?.id);
  return world.footprint(done, await w.records.timeline("GP9001"));
}

describe.each(flows)("$name, stopped at every save and run again", (flow) => {
  it("ends as a run that was never stopped, with nothing done twice", { timeout: 60_000 }, async () => {
    const expected = await cleanRun(flow);
    expect(expected.work).toBeUndefined();
    let stops = 0;
    for (let at = 1; at <= 8; at++) {
      for (const when of ["before", "after"] as const) {
        await world.reset();
        const w = await world.setUp();
        const first = await flow.before(w);
        let store: StoppingStore | undefined;
        const stopping = await world.build({
          store: (records, ports) => {
            store = new StoppingStore(records, ports, at, when);
            return store;
          },
        });
        const stopped = await flow.act({ ...stopping, draft: w.draft }, first?.id).then(
          () => false,
          (e: unknown) => {
            if (!(e instanceof Error) || !e.message.startsWith("stopped")) throw e;
            return true;
          },
        );
        if (!stopped) continue;
        stops++;
        const again = await world.build();
        const id = first?.id ?? (await again.meetings.open())[0]?.id;
        const done = await flow.act({ ...again, draft: w.draft }, id);
        const got = world.footprint(done, await again.records.timeline("GP9001"));
        expect(got, `${flow.name}: stopped ${when} save ${at}`).toEqual(expected);
      }
    }
    expect(stops).toBeGreaterThanOrEqual(3);
  });
});
