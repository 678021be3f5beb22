import { beforeEach, describe, expect, it } from "vitest";
import { feedbackToken } from "../../src/domain/summaries/feedbackAnswer";
import { answer, ME, meetingWorld } from "../support/meetingWorld";
import { writtenSummary } from "../support/summaryDraft";

const world = meetingWorld();
beforeEach(world.reset);

describe("the family's answer to a summary", () => {
  it("is read from the inbox, filed once to the record and the timeline, and counted by term without names", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const sent = await w.offers.send(w.draft);
    const [samira, faisal] = sent.meeting.carers;
    const booked = await w.meetings.book(sent.id, { slot: 0, carerId: samira?.id ?? "" }, [
      { carerId: samira?.id ?? "", answer: answer(1) },
    ]);
    await w.summaries.send(booked.id, writtenSummary(booked, (await w.summaries.open(booked.id)).draft), 1);
    const ref = `${samira?.ref}-S1`;
    const token = feedbackToken({
      ref,
      listened: "partly",
      notes: "correct",
      comment: "Please add the <b>speech</b> therapist's visit.",
    });
    world.ctx.tenant.receiveExternal(
      { name: "Samira Aziz", address: "samira@example.net" },
      ME,
      `Our answer [${ref}]`,
      `<p>Partly</p><p>${token}</p>`,
    );
    // Someone else quoting her reference is not her answer.
    world.ctx.tenant.receiveExternal(
      { name: "X", address: "x@example.net" },
      ME,
      `Our answer [${ref}]`,
      `<p>${feedbackToken({ ref, listened: "no", notes: undefined, comment: "" })}</p>`,
    );
    // Faisal's reference answered by Faisal counts for his household.
    const fref = `${faisal?.ref}-S1`;
    world.ctx.tenant.receiveExternal(
      { name: "Faisal Aziz", address: "faisal@example.net" },
      ME,
      `Re [${fref}]`,
      `<p>${feedbackToken({ ref: fref, listened: "yes", notes: "confirm", comment: "" })}</p>`,
    );

    const read = await w.summaries.answers(booked.id);
    expect(read.map((a) => [a.who, a.listened, a.notes, a.comment]).sort()).toEqual([
      ["Faisal Aziz", "yes", "confirm", ""],
      ["Samira Aziz", "partly", "correct", "Please add the <b>speech</b> therapist's visit."],
    ]);
    await w.summaries.answers(booked.id);
    const entries = (await w.records.timeline("GP9001")).filter((e) =>
      e.summary.includes("answered the summary"),
    );
    expect(entries.map((e) => e.summary).sort()).toEqual([
      "Faisal Aziz answered the summary (version 1): felt listened to; confirmed the notes",
      "Samira Aziz answered the summary (version 1): felt partly listened to; asks for a correction",
    ]);
    expect(entries.find((e) => e.summary.startsWith("Samira"))?.details).toBe(
      "Their words: Please add the <b>speech</b> therapist's visit.",
    );
    expect((await w.meetings.get(booked.id)).meeting.summary?.answers).toHaveLength(2);
    expect(await w.summaries.listening()).toEqual([{ term: "Autumn 2026–27", yes: 1, partly: 1, no: 0 }]);
  });
});
