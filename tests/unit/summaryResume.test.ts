import { describe, expect, it } from "vitest";
import { answer, meetingWorld, StoppingStore } from "../support/meetingWorld";
import { writtenSummary } from "../support/summaryDraft";

const world = meetingWorld();

async function booked() {
  await world.reset();
  const w = await world.setUp();
  const sent = await w.offers.send(w.draft);
  const [a, b] = sent.meeting.carers;
  const stored = await w.meetings.book(sent.id, { slot: 0, carerId: a?.id ?? "" }, [
    { carerId: a?.id ?? "", answer: answer(1) },
    { carerId: b?.id ?? "", answer: answer(1) },
  ]);
  const draft = writtenSummary(stored, (await w.summaries.open(stored.id)).draft);
  return { w, stored, draft };
}

/** Everything a summary send leaves behind: mails (with attachments), filed documents, timeline, record. */
async function footprint(
  w: Pick<Awaited<ReturnType<typeof booked>>["w"], "meetings" | "records">,
  id: string,
) {
  const done = await w.meetings.get(id);
  const base = world.footprint(done, await w.records.timeline("GP9001"));
  const snapshot = world.ctx.tenant.snapshot;
  const attachments = snapshot.external.map((m) => `${m.to}: ${(m.message.attachments ?? []).length}`).sort();
  const files = Object.values(snapshot.drives ?? {})
    .flat()
    .map((f) => f.path);
  return { ...base, attachments, files };
}

describe("a summary send stopped at every save and sent again", () => {
  it("ends as a send that was never stopped: nothing mailed, filed or logged twice", {
    timeout: 120_000,
  }, async () => {
    const clean = await booked();
    await clean.w.summaries.send(clean.stored.id, clean.draft, 1);
    const expected = await footprint(clean.w, clean.stored.id);
    expect(expected.status).toBe("summarised");
    expect(expected.mail.filter((m) => m.includes("-S1]"))).toHaveLength(2);
    let stops = 0;
    for (let at = 1; at <= 5; at++) {
      for (const when of ["before", "after"] as const) {
        const { stored, draft } = await booked();
        const stopping = await world.build({
          store: (records, ports) => new StoppingStore(records, ports, at, when),
        });
        const stopped = await stopping.summaries.send(stored.id, draft, 1).then(
          () => false,
          (e: unknown) => {
            if (!(e instanceof Error) || !e.message.startsWith("stopped")) throw e;
            return true;
          },
        );
        if (!stopped) continue;
        stops++;
        const again = await world.build();
        // Staff press Send again (or Finish on the Meetings page): the interrupted send is resumed.
        await again.summaries.send(stored.id, draft, 1);
        expect(await footprint(again, stored.id), `stopped ${when} save ${at}`).toEqual(expected);
      }
    }
    expect(stops).toBeGreaterThanOrEqual(4);
  });

  it("Finish on the Meetings page resumes an interrupted send the same way", {
    timeout: 60_000,
  }, async () => {
    const { stored, draft } = await booked();
    const stopping = await world.build({
      store: (records, ports) => new StoppingStore(records, ports, 3, "before"),
    });
    await expect(stopping.summaries.send(stored.id, draft, 1)).rejects.toThrow("stopped");
    const again = await world.build();
    const interrupted = await again.meetings.get(stored.id);
    expect(interrupted.meeting.work?.flow).toBe("summarise");
    const done = await again.meetings.resume(stored.id);
    expect(done.meeting.status).toBe("summarised");
    const mails = world.ctx.tenant.snapshot.external.filter((m) => m.message.subject?.includes("-S1]"));
    expect(mails.map((m) => m.to).sort()).toEqual(["faisal@example.net", "samira@example.net"]);
  });
});
