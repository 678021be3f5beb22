import { beforeEach, describe, expect, it } from "vitest";
import { bookFlow, createEvent, logBooking, releaseReplaced } from "../../src/domain/meetings/flows/bookFlow";
import { beginJoin, inviteHousehold } from "../../src/domain/meetings/flows/joinFlow";
import { emailCarers, holdTimes, logOffer, newMeeting } from "../../src/domain/meetings/flows/offerFlow";
import { beginWork, StopFlow } from "../../src/domain/meetings/flows/runFlow";
import { isMeetingError } from "../../src/domain/meetings/meetingError";
import { instant } from "../../src/domain/time/instant";
import { answer, ME, meetingWorld } from "../support/meetingWorld";

/**
 * Each step on its own, against the demo tenant: run twice, it does its work once; given a
 * meeting where its work is done, it does nothing.
 */
const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const fresh = { meetingId: "41", resuming: false };
const resuming = { meetingId: "41", resuming: true };
const events = () => (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) => !e.isCancelled);

async function offered() {
  const w = await world.setUp();
  return { w, meeting: newMeeting(w.draft, w.deps) };
}

describe("offer steps", () => {
  it("holdTimes holds each offered time once, by transactionId, however often it runs", async () => {
    const { w, meeting } = await offered();
    const once = await holdTimes.run(meeting, w.deps, fresh);
    expect(once.offer?.holds.map((h) => h.slot)).toEqual([0, 1, 2]);
    const again = await holdTimes.run(
      { ...meeting, offer: meeting.offer && { ...meeting.offer, holds: [] } },
      w.deps,
      fresh,
    );
    expect(again.offer?.holds).toEqual(once.offer?.holds);
    expect(events().filter((e) => e.subject === "Hold – family meeting")).toHaveLength(3);
    expect(await holdTimes.run(once, w.deps, fresh)).toBe(once);
    expect(
      await holdTimes.run(
        { ...meeting, offer: meeting.offer && { ...meeting.offer, wantHolds: false } },
        w.deps,
        fresh,
      ),
    ).toMatchObject({ offer: { holds: [] } });
  });

  it("emailCarers sends each carer's email once; resuming, it finds in Sent Items what went before", async () => {
    const { w, meeting } = await offered();
    const sent = await emailCarers.run(meeting, w.deps, fresh);
    expect(sent.done).toEqual([
      `offer:1:mail:${meeting.carers[0]?.id}`,
      `offer:1:mail:${meeting.carers[1]?.id}`,
    ]);
    expect(await emailCarers.run(sent, w.deps, fresh)).toBe(sent);
    // The record was lost before it was saved: resuming asks Sent Items instead of sending again.
    const recovered = await emailCarers.run(meeting, w.deps, resuming);
    expect(recovered.done).toEqual(sent.done);
    expect(ctx.tenant.snapshot.external).toHaveLength(2);
  });

  it("logOffer writes one timeline entry per carer; resuming, it reads the meeting's entries first", async () => {
    const { w, meeting } = await offered();
    const logged = await logOffer.run(meeting, w.deps, fresh);
    await logOffer.run(meeting, w.deps, resuming);
    const timeline = await w.records.timeline("GP9001");
    expect(timeline.map((e) => [e.summary, e.key, e.meetingRef])).toEqual([
      ["3 times offered to Samira Aziz", `offer:1:log:${meeting.carers[0]?.id}`, "41"],
      ["3 times offered to Faisal Aziz", `offer:1:log:${meeting.carers[1]?.id}`, "41"],
    ]);
    expect(logged.done).toHaveLength(2);
  });
});

describe("book steps", () => {
  async function begun(slot = 1) {
    const { w, meeting } = await offered();
    const samira = meeting.carers[0]?.id ?? "";
    const m = beginWork(
      {
        ...meeting,
        status: "offered",
        work: undefined,
        replies: [{ carerId: samira, round: 1, answer: answer(slot + 1), receivedAt: instant(ctx.now) }],
      },
      bookFlow,
      { slot, carerId: samira, households: ["1"] },
      w.deps.clock,
    );
    return { w, m };
  }

  it("createEvent makes one private event with the accepting household, and returns it again on a retry", async () => {
    const { w, m } = await begun();
    const booked = await createEvent.run(m, w.deps, fresh);
    const again = await createEvent.run(m, w.deps, fresh);
    expect(again.booking?.eventId).toBe(booked.booking?.eventId);
    const mine = events().filter((e) => e.subject?.startsWith("Family meeting"));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.attendees?.map((a) => a.emailAddress?.address)).toContain("samira@example.net");
    expect(mine[0]?.attendees?.map((a) => a.emailAddress?.address)).not.toContain("faisal@example.net");
    expect(booked.booking).toMatchObject({ households: ["1"], online: false, joinUrl: undefined });
    expect(await createEvent.run(booked, w.deps, fresh)).toBe(booked);
  });

  it("createEvent takes the event back and stops when the room declines", async () => {
    const { w, m } = await begun(0);
    const slot = m.offer?.slots[0];
    if (!slot) throw new Error("slot");
    (ctx.tenant.snapshot.calendars["family-room@glenmore.example.org"] ?? []).push({
      id: "ev-room",
      subject: "Other booking",
      showAs: "busy",
      start: { dateTime: new Date(slot.start).toISOString().slice(0, 19), timeZone: "UTC" },
      end: { dateTime: new Date(slot.end).toISOString().slice(0, 19), timeZone: "UTC" },
    });
    const e = await createEvent.run(m, w.deps, fresh).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StopFlow);
    if (e instanceof StopFlow) {
      expect(e.problem).toMatchObject({ code: "timeTaken", busy: ["Family Room"] });
      expect(e.meeting).toMatchObject({ status: "offered", work: undefined, booking: undefined });
    }
    expect(events().filter((x) => x.subject?.startsWith("Family meeting"))).toHaveLength(0);
  });

  it("logBooking writes the reply and the booking once", async () => {
    const { w, m } = await begun();
    const booked = await createEvent.run(m, w.deps, fresh);
    const logged = await logBooking.run(booked, w.deps, fresh);
    expect(await logBooking.run(logged, w.deps, fresh)).toBe(logged);
    expect((await w.records.timeline("GP9001")).map((e) => e.kind)).toEqual(["reply", "booking"]);
  });

  it("releaseReplaced cancels the booking being moved, once; an event already gone is fine", async () => {
    const { w, m } = await begun();
    const first = await createEvent.run(m, w.deps, fresh);
    const moving = { ...first, replacing: first.booking, booking: undefined };
    const released = await releaseReplaced.run(moving, w.deps, fresh);
    expect(released.replacing).toBeUndefined();
    expect(events().filter((e) => e.subject?.startsWith("Family meeting"))).toHaveLength(0);
    await expect(releaseReplaced.run(moving, w.deps, fresh)).resolves.toMatchObject({ replacing: undefined });
  });
});

describe("join steps", () => {
  it("inviteHousehold adds the household and a Teams link when it joins online; a second run changes nothing", async () => {
    const { w, meeting } = await offered();
    const [samira, faisal] = meeting.carers;
    const m0 = beginWork(
      { ...meeting, status: "offered", work: undefined },
      bookFlow,
      { slot: 0, carerId: samira?.id, households: ["1"] },
      w.deps.clock,
    );
    const booked = {
      ...(await createEvent.run(m0, w.deps, fresh)),
      status: "booked" as const,
      work: undefined,
    };
    const joining = beginJoin(
      booked,
      { carerId: faisal?.id ?? "", answer: answer(1, { adjustments: ["online"] }) },
      w.deps,
    );
    const joined = await inviteHousehold.run(joining, w.deps, fresh);
    expect(joined.booking).toMatchObject({ households: ["1", "2"], online: true });
    expect(joined.booking?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(await inviteHousehold.run(joined, w.deps, fresh)).toBe(joined);
    const other = (() => {
      try {
        return beginJoin(booked, { carerId: faisal?.id ?? "", answer: answer(3) }, w.deps);
      } catch (x) {
        return x;
      }
    })();
    expect(isMeetingError(other, "differentTime")).toBe(true);
  });
});
