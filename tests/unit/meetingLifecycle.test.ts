import { beforeEach, describe, expect, it } from "vitest";
import { isMeetingError } from "../../src/domain/meetings/meetingError";
import { decodeOffer } from "../../src/domain/offers/offerLink";
import { instant } from "../../src/domain/time/instant";
import { answer, HOUR, ME, meetingWorld, SPLIT_FAMILY } from "../support/meetingWorld";

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const mine = () => ctx.tenant.snapshot.calendars[ME] ?? [];
const meetingsIn = () => mine().filter((e) => e.subject?.startsWith("Family meeting"));
const holds = () => mine().filter((e) => e.subject === "Hold – family meeting");
const mailTo = (to: string, subject: RegExp) =>
  ctx.tenant.snapshot.external.filter((m) => m.to === to && subject.test(m.message.subject ?? ""));
const body = (m: { message: { body?: { content?: string | null } | null } } | undefined) =>
  m?.message.body?.content ?? "";

describe("offer", () => {
  it("emails each household its own link in its language, holds the times, and a retry sends nothing again", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    expect(offered.meeting.status).toBe("offered");
    expect(offered.meeting.carers.map((c) => [c.name, c.lang, c.zone])).toEqual([
      ["Samira Aziz", "pl", "Europe/London"],
      ["Faisal Aziz", "en", "Asia/Dubai"],
    ]);
    const outside = ctx.tenant.snapshot.external;
    expect(outside.map((m) => m.to)).toEqual(["samira@example.net", "faisal@example.net"]);
    const link = /href="https:\/\/app\.test\/parent\.html#([^"]+)"/.exec(body(outside[0]))?.[1] ?? "";
    const decoded = decodeOffer(link.replaceAll("&amp;", "&"), instant(ctx.now));
    expect(decoded.kind === "ok" && decoded.offer.slots).toEqual(
      draft.slots.map((s) => ({ start: s.start, end: s.end })),
    );
    expect(body(outside[0])).toContain("Looking forward to seeing you &lt;both&gt;.");
    expect(holds().filter((e) => e.showAs === "tentative" && e.sensitivity === "private")).toHaveLength(3);
    await meetings.resume(offered.id);
    expect(ctx.tenant.snapshot.external).toHaveLength(2);
    expect((await records.timeline("GP9001")).map((e) => e.summary)).toEqual([
      "3 times offered to Samira Aziz",
      "3 times offered to Faisal Aziz",
    ]);
  });

  it("tells the family truthfully when the meeting is at school or online if they prefer", async () => {
    const { offers, draft } = await world.setUp();
    await offers.send({ ...draft, format: "hybrid" });
    expect(body(ctx.tenant.snapshot.external[1])).toContain(
      "You can come to the school or join online on Microsoft Teams, whichever suits you.",
    );
  });
});

describe("every household counts", () => {
  it("books the time with every household that accepted it; one joins online and gets a Teams link", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    const [samira, faisal] = offered.meeting.carers;
    if (!samira || !faisal) throw new Error("two carers");
    const booked = await meetings.book(offered.id, { slot: 1, carerId: samira.id }, [
      {
        carerId: samira.id,
        answer: answer(2, {
          adjustments: ["interpreter"],
          interpreterLanguage: "Polish",
          supporter: { name: "Jane Smith", relationship: "friend", sharePapers: true },
        }),
      },
      { carerId: faisal.id, answer: answer(2, { adjustments: ["online"] }) },
    ]);
    expect(booked.meeting.status).toBe("booked");
    expect(booked.meeting.booking).toMatchObject({ households: ["1", "2"], online: true });
    // Samira asked for an interpreter in her reply: the hour offered becomes an hour and a half.
    const slot = booked.meeting.booking?.slot;
    expect(slot && (slot.end - slot.start) / 60_000).toBe(90);
    expect(slot?.start).toBe(draft.slots[1]?.start);
    const events = meetingsIn();
    expect(events).toHaveLength(1);
    expect(events[0]?.isOnlineMeeting).toBe(true);
    expect(events[0]?.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(events[0]?.sensitivity).toBe("private");
    expect(events[0]?.hideAttendees).toBe(false);
    expect(events[0]?.attendees?.map((a) => a.emailAddress?.address).sort()).toEqual(
      [
        "david.lee@glenmore.example.org",
        "faisal@example.net",
        "family-room@glenmore.example.org",
        ME,
        "samira@example.net",
      ].sort(),
    );
    expect(JSON.stringify(events[0])).not.toContain("Noor");
    expect(holds()).toHaveLength(0);
    const toSamira = body(mailTo("samira@example.net", /\[CG-.{9}-booked\]/)[0]);
    const toFaisal = body(mailTo("faisal@example.net", /is booked/)[0]);
    // Samira comes in person (Polish): the room, and the choice of joining online.
    expect(toSamira).toContain("Family Room");
    expect(toSamira).toContain("Microsoft Teams");
    expect(toSamira).toContain("Jane Smith");
    // Faisal joins online: the link, not the room, and nothing of Samira's requests.
    expect(toFaisal).toContain("You will join online on Microsoft Teams, with the link below.");
    expect(toFaisal).toContain(booked.meeting.booking?.joinUrl?.replaceAll("&", "&amp;") ?? "missing");
    expect(toFaisal).not.toContain("We will meet in the");
    expect(toFaisal).not.toContain("Jane Smith");
    expect(toFaisal).not.toContain("interpreter");
    const timeline = (await records.timeline("GP9001")).map((e) => `${e.kind}: ${e.summary}`);
    expect(timeline).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^reply: Samira Aziz chose Saturday 28 November.*asks for An interpreter \(Polish\); bringing Jane Smith \(friend\)/,
        ),
        expect.stringMatching(/^reply: Faisal Aziz chose Saturday 28 November.*asks for Joining online/),
        expect.stringMatching(
          /^booking: Meeting booked for Saturday 28 November, 1\d:00–1\d:30, Family Room, with Samira Aziz and Faisal Aziz$/,
        ),
      ]),
    );
  });

  it("a household that has not answered is told the time and that it can still say what it needs, then joins online", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    const [samira, faisal] = offered.meeting.carers;
    if (!samira || !faisal) throw new Error("two carers");
    await meetings.book(offered.id, { slot: 0, carerId: samira.id }, [
      { carerId: samira.id, answer: answer(1) },
    ]);
    expect(meetingsIn()[0]?.isOnlineMeeting).toBeFalsy();
    expect(body(mailTo("faisal@example.net", /is booked/)[0])).toContain("We have not heard from you yet");
    expect((await meetings.open()).find((m) => m.id === offered.id)).toMatchObject({
      attention: [{ kind: "householdsOutstanding", carers: ["Faisal Aziz"] }],
    });

    const joined = await meetings.join(offered.id, {
      carerId: faisal.id,
      answer: answer(1, { adjustments: ["online"] }),
    });
    expect(joined.meeting.booking).toMatchObject({ households: ["1", "2"], online: true });
    const event = meetingsIn()[0];
    expect(meetingsIn()).toHaveLength(1);
    expect(event?.attendees?.map((a) => a.emailAddress?.address)).toContain("faisal@example.net");
    expect(event?.onlineMeeting?.joinUrl).toBeTruthy();
    const joinedMail = body(mailTo("faisal@example.net", /-joined\]/)[0]);
    expect(joinedMail).toContain("You will join online");
    expect(joinedMail).toContain("teams.microsoft.com");
    expect((await records.timeline("GP9001")).map((e) => e.summary)).toContain(
      "Faisal Aziz added to the meeting, joining online",
    );
    // Joining twice does nothing more.
    await expect(meetings.join(offered.id, { carerId: faisal.id, answer: answer(1) })).resolves.toBeDefined();
    expect(mailTo("faisal@example.net", /-joined\]/)).toHaveLength(1);
  });

  it("a household that chose another time after booking is not added; staff are told why", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const offered = await offers.send(draft);
    const [samira, faisal] = offered.meeting.carers;
    if (!samira || !faisal) throw new Error("two carers");
    await meetings.book(offered.id, { slot: 0, carerId: samira.id }, []);
    const e = await meetings
      .join(offered.id, { carerId: faisal.id, answer: answer(3) })
      .catch((x: unknown) => x);
    expect(isMeetingError(e, "differentTime")).toBe(true);
  });

  it("households kept apart are invited on one private event where each sees only themselves", async () => {
    const apart = SPLIT_FAMILY.map((r) => ({ ...r, keepHouseholdsApart: true }));
    const { offers, meetings, draft } = await world.setUp(apart);
    const offered = await offers.send({ ...draft, keepApart: true });
    const [samira, faisal] = offered.meeting.carers;
    if (!samira || !faisal) throw new Error("two carers");
    await meetings.book(offered.id, { slot: 1, carerId: samira.id }, [
      {
        carerId: samira.id,
        answer: answer(2, { supporter: { name: "Jane Smith", relationship: "friend", sharePapers: true } }),
      },
      { carerId: faisal.id, answer: answer(2) },
    ]);
    const event = meetingsIn()[0];
    expect(event?.hideAttendees).toBe(true);
    expect(event?.subject).toBe("Family meeting");
    expect(event?.body?.content).not.toContain("Jane Smith");
    expect(
      mailTo("faisal@example.net", /is booked/)[0]?.message.toRecipients?.map((r) => r.emailAddress?.address),
    ).toEqual(["faisal@example.net"]);
  });
});

describe("booking", () => {
  it("says the time is taken when someone booked it in between, and books nothing", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const offered = await offers.send({ ...draft, holds: false });
    const slot = draft.slots[1];
    if (!slot) throw new Error("no slot");
    (ctx.tenant.snapshot.calendars["david.lee@glenmore.example.org"] ?? []).push({
      id: "ev-clash",
      subject: "Football coaching",
      showAs: "busy",
      start: { dateTime: new Date(slot.start).toISOString().slice(0, 19), timeZone: "UTC" },
      end: { dateTime: new Date(slot.end).toISOString().slice(0, 19), timeZone: "UTC" },
    });
    const e = await meetings
      .book(offered.id, { slot: 1, carerId: offered.meeting.carers[0]?.id ?? "" }, [])
      .catch((x: unknown) => x);
    expect(isMeetingError(e, "timeTaken") && e.problem.busy).toEqual(["David Lee"]);
    expect(meetingsIn()).toHaveLength(0);
    expect((await meetings.get(offered.id)).meeting.status).toBe("offered");
    expect((await meetings.alternatives(offered.id, 1)).length).toBeGreaterThan(0);
  });

  it("two staff booking the same room and time at once: one wins, the other is told the room was taken", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const a = await offers.send({ ...draft, holds: false });
    const b = await offers.send({
      ...draft,
      holds: false,
      invitees: [
        {
          email: "fiona.grant@glenmore.example.org",
          name: "Fiona Grant",
          role: "Guidance teacher",
          required: true,
        },
      ],
    });
    const results = await Promise.allSettled([
      meetings.book(a.id, { slot: 0, carerId: a.meeting.carers[0]?.id ?? "" }, []),
      meetings.book(b.id, { slot: 0, carerId: b.meeting.carers[0]?.id ?? "" }, []),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const lost = results.find((r) => r.status === "rejected");
    const reason = lost && "reason" in lost ? lost.reason : undefined;
    expect(isMeetingError(reason, "timeTaken") && reason.problem.busy).toEqual(["Family Room"]);
    const start = new Date(draft.slots[0]?.start ?? 0).toISOString().slice(0, 19);
    const room = ctx.tenant.snapshot.calendars["family-room@glenmore.example.org"] ?? [];
    expect(room.filter((e) => e.start?.dateTime?.startsWith(start))).toHaveLength(1);
  });

  it("a double click books once: the second is refused as a conflict, and one event exists", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const offered = await offers.send({ ...draft, holds: false });
    const carerId = offered.meeting.carers[0]?.id ?? "";
    const results = await Promise.allSettled([
      meetings.book(offered.id, { slot: 0, carerId }, []),
      meetings.book(offered.id, { slot: 0, carerId }, []),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected && "reason" in rejected ? rejected.reason : undefined).toMatchObject({
      code: "conflict",
    });
    expect(meetingsIn()).toHaveLength(1);
  });

  it("a booking interrupted by a failed send is finished by pressing Book again, at the time first chosen", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const offered = await offers.send({ ...draft, holds: false });
    const carerId = offered.meeting.carers[0]?.id ?? "";
    ctx.tenant.injectFault({ kind: "unavailable", method: "POST", path: /sendMail$/ });
    await expect(meetings.book(offered.id, { slot: 0, carerId }, [])).rejects.toMatchObject({
      code: "uncertain",
    });
    expect((await meetings.get(offered.id)).meeting.status).toBe("booking");
    expect((await meetings.open()).find((m) => m.id === offered.id)).toMatchObject({
      attention: [{ kind: "interrupted", flow: "book" }],
    });
    const done = await meetings.book(offered.id, { slot: 2, carerId }, []);
    expect(done.meeting.booking?.slot.start).toBe(draft.slots[0]?.start);
    expect(meetingsIn()).toHaveLength(1);
    const confirmed = ctx.tenant.snapshot.external.filter((m) => /-booked\]/.test(m.message.subject ?? ""));
    expect(confirmed.map((m) => m.to).sort()).toEqual(["faisal@example.net", "samira@example.net"]);
  });

  it("a time that has already started cannot be booked", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const offered = await offers.send({ ...draft, holds: false });
    ctx.now = (draft.slots[0]?.start ?? 0) + 60_000;
    const e = await meetings
      .book(offered.id, { slot: 0, carerId: offered.meeting.carers[0]?.id ?? "" }, [])
      .catch((x: unknown) => x);
    expect(isMeetingError(e, "timePassed")).toBe(true);
  });
});

describe("after booking: reschedule, cancel, withdraw, chase, housekeeping", () => {
  it("reschedule offers new times and releases the old event only when the new one is booked", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    const samira = offered.meeting.carers[0]?.id ?? "";
    await meetings.book(offered.id, { slot: 0, carerId: samira }, []);
    const firstStart = meetingsIn()[0]?.start?.dateTime;
    const later = draft.slots.map((s) => ({
      ...s,
      start: instant(s.start + 7 * 24 * HOUR),
      end: instant(s.end + 7 * 24 * HOUR),
    }));
    const moving = await offers.send({ ...draft, slots: later }, offered.id);
    expect(moving.id).toBe(offered.id);
    expect(moving.meeting.status).toBe("rescheduling");
    expect(moving.meeting.carers[0]?.ref).not.toBe(offered.meeting.carers[0]?.ref);
    expect(meetingsIn().map((e) => e.start?.dateTime)).toEqual([firstStart]);
    expect(body(mailTo("samira@example.net", /Terminy|Meeting times/).at(-1))).toMatch(
      /Obecny termin|change the time/,
    );
    await meetings.book(offered.id, { slot: 1, carerId: samira }, []);
    const now = meetingsIn();
    expect(now).toHaveLength(1);
    expect(now[0]?.start?.dateTime?.slice(0, 16)).toBe(
      new Date(later[1]?.start ?? 0).toISOString().slice(0, 16),
    );
    expect((await meetings.get(offered.id)).meeting).toMatchObject({
      status: "booked",
      replacing: undefined,
    });
    const summaries = (await records.timeline("GP9001")).map((e) => e.summary);
    expect(
      summaries.filter((s) => /^Meeting on Saturday 28 November, .*Family Room moved$/.test(s)),
    ).toHaveLength(1);
    expect(summaries.filter((s) => s.startsWith("Meeting booked for Saturday 5 December"))).toHaveLength(1);
  });

  it("cancel tells each household in its language, with staff's words as written, and cancels the event", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    await meetings.book(offered.id, { slot: 0, carerId: offered.meeting.carers[0]?.id ?? "" }, []);
    const cancelled = await meetings.cancel(offered.id, "Mrs Reid is unwell <today>.");
    expect(cancelled.meeting).toMatchObject({
      status: "cancelled",
      endReason: "Mrs Reid is unwell <today>.",
    });
    expect(meetingsIn()).toHaveLength(0);
    const toSamira = body(mailTo("samira@example.net", /-cancelled\]/)[0]);
    const toFaisal = body(mailTo("faisal@example.net", /-cancelled\]/)[0]);
    expect(toFaisal).toContain("We are sorry: the meeting on");
    expect(toFaisal).toContain("A message from Aileen MacRae, in their own words:");
    expect(toFaisal).toContain("Mrs Reid is unwell &lt;today&gt;.");
    expect(toSamira).toContain('lang="pl"');
    expect(toSamira).not.toContain("We are sorry");
    expect((await records.timeline("GP9001")).at(-1)?.summary).toMatch(/^Meeting on .* cancelled$/);
    expect((await meetings.open()).map((m) => m.id)).not.toContain(offered.id);
  });

  it("cancel gives each household the time on its own clock (Dubai: 13:00), in its language", async () => {
    const { offers, meetings, draft } = await world.setUp();
    const offered = await offers.send(draft);
    await meetings.book(offered.id, { slot: 0, carerId: offered.meeting.carers[0]?.id ?? "" }, []);
    await meetings.cancel(offered.id, "");
    expect(body(mailTo("samira@example.net", /-cancelled\]/)[0])).toContain(
      "sobota, 28 listopada, 9:00–10:00, Family Room",
    );
    expect(body(mailTo("faisal@example.net", /-cancelled\]/)[0])).toContain(
      "Saturday 28 November, 13:00–14:00, Family Room",
    );
  });

  it("withdraw releases the holds and tells every household; chase reminds only those still to answer", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    ctx.tenant.receiveExternal(
      { name: "Samira Aziz", address: "samira@example.net" },
      ME,
      `Re: [${offered.meeting.carers[0]?.ref}]`,
      "<p>Sobota mi pasuje</p>",
    );
    await meetings.chase(offered.id);
    expect(mailTo("faisal@example.net", /reminder-1\]/)).toHaveLength(1);
    expect(mailTo("samira@example.net", /reminder/)).toHaveLength(0);
    await meetings.withdraw(offered.id, "");
    expect(holds()).toHaveLength(0);
    expect(mailTo("samira@example.net", /-withdrawn\]/)).toHaveLength(1);
    expect(mailTo("faisal@example.net", /-withdrawn\]/)).toHaveLength(1);
    expect((await meetings.get(offered.id)).meeting.status).toBe("withdrawn");
    expect((await records.timeline("GP9001")).map((e) => e.summary).slice(-2)).toEqual([
      "Reminder 1 sent to Faisal Aziz",
      "Offered times withdrawn; the family was told",
    ]);
  });

  it("housekeeping expires old offers once, outside any screen, and skips a record someone else changed", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const offered = await offers.send(draft);
    expect(await meetings.housekeeping()).toEqual({ changed: 0, skipped: 0 });
    ctx.now += 30 * 24 * HOUR;
    ctx.tenant.injectFault({ kind: "conflict", method: "PATCH", path: /\/items\/[^/]+\/fields$/ });
    expect(await meetings.housekeeping()).toEqual({ changed: 0, skipped: 1 });
    expect(await meetings.housekeeping()).toEqual({ changed: 1, skipped: 0 });
    expect(holds()).toHaveLength(0);
    expect((await meetings.get(offered.id)).meeting.status).toBe("expired");
    expect((await records.timeline("GP9001")).at(-1)?.summary).toBe(
      "The offered times expired without a booking",
    );
    expect(await meetings.housekeeping()).toEqual({ changed: 0, skipped: 0 });
  });
});

describe("the list of meetings", () => {
  it("shows a record it cannot read as such, and still lists the others", async () => {
    const { offers, meetings, draft, records } = await world.setUp();
    const good = await offers.send(draft);
    const bad = await records.saveMeeting(
      {
        id: "",
        childId: "GP9001",
        status: "offered",
        updatedAt: instant(ctx.now),
        data: '{"v":2,"status":"lost"',
      },
      undefined,
    );
    const listed = await meetings.open();
    expect(listed.map((m) => [m.id, m.kind])).toEqual(
      expect.arrayContaining([
        [good.id, "meeting"],
        [bad.id, "unreadable"],
      ]),
    );
    expect(listed.find((m) => m.id === bad.id)).toMatchObject({
      childName: "Noor Aziz",
      problem: "the record's data is not JSON",
    });
    const e = await meetings.cancel(bad.id, "").catch((x: unknown) => x);
    expect(isMeetingError(e, "unreadable")).toBe(true);
  });
});
