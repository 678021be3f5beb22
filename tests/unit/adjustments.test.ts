import { beforeEach, describe, expect, it } from "vitest";
import { GraphFamilyContacts } from "../../src/adapters/graph/records/familyImport";
import { SiteRef } from "../../src/adapters/graph/site";
import { readStanding } from "../../src/domain/adjustments/standing";
import { readiness, supporterRecipients } from "../../src/domain/meetings/meetingAdjustments";
import { isMeetingError } from "../../src/domain/meetings/meetingError";
import { instant } from "../../src/domain/time/instant";
import { withFamily } from "../../src/features/find-times/familyPrefill";
import { blankForm } from "../../src/features/find-times/findTimesDraft";
import { answer, HOUR, ME, meetingWorld, SITE, SPLIT_FAMILY } from "../support/meetingWorld";

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const DAY = 24 * HOUR;
const events = () =>
  (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) => e.subject?.startsWith("Family meeting"));
const outside = (to: string) => ctx.tenant.snapshot.external.filter((m) => m.to === to);
const inbox = (who: string) =>
  (ctx.tenant.snapshot.mailboxes[who] ?? []).filter((m) => m.parentFolderId === "inbox");

/** Samira asks for a hearing loop and an interpreter, bringing an advocate who may see the papers. */
async function bookedWithRequests() {
  const w = await world.setUp();
  const offered = await w.offers.send(w.draft);
  const [samira, faisal] = offered.meeting.carers;
  if (!samira || !faisal) throw new Error("two carers");
  const booked = await w.meetings.book(offered.id, { slot: 0, carerId: samira.id }, [
    {
      carerId: samira.id,
      answer: answer(1, {
        adjustments: ["hearingLoop", "interpreter"],
        interpreterLanguage: "Polish",
        supporter: {
          name: "Jane Smith",
          relationship: "advocate",
          sharePapers: true,
          email: "jane@advocacy.example",
        },
      }),
    },
    {
      carerId: faisal.id,
      answer: answer(1, {
        speakingOrder: "first",
        supporter: {
          name: "Omar Aziz",
          relationship: "brother",
          sharePapers: false,
          email: "omar@example.net",
        },
      }),
    },
  ]);
  return { ...w, booked, samira, faisal };
}

describe("adjustments change what is booked", () => {
  it("moves the booking into a room with a hearing loop and invites only the supporter the family allowed", async () => {
    const { booked, records } = await bookedWithRequests();
    const replies = (await records.timeline("GP9001"))
      .filter((e) => e.kind === "reply")
      .map((e) => e.summary);
    expect(replies.join("\n")).toContain(
      "bringing Jane Smith (advocate); papers may be shared with them, invited at jane@advocacy.example",
    );
    expect(replies.join("\n")).toContain("bringing Omar Aziz (brother); papers may not be shared with them");
    expect(replies.join("\n")).not.toContain("omar@example.net");
    // The Family Room was offered; it has no hearing loop. Meeting Room 1 (8 seats) is the smallest that has.
    expect(booked.meeting.booking?.slot.roomName).toBe("Meeting Room 1");
    const event = events()[0];
    expect(event?.location?.displayName).toBe("Meeting Room 1");
    const attendees = (event?.attendees ?? []).map((a) => `${a.type} ${a.emailAddress?.address}`);
    expect(attendees).toContain("optional jane@advocacy.example");
    expect(attendees.some((a) => a.includes("omar@example.net"))).toBe(false);
    expect(attendees.some((a) => a.includes("family-room"))).toBe(false);
    expect(supporterRecipients(booked.meeting)).toEqual([
      { name: "Jane Smith", email: "jane@advocacy.example" },
    ]);
    // Her confirmation names what she asked for in Polish, from the catalogue.
    const confirmation = outside("samira@example.net").find((m) => /-booked\]/.test(m.message.subject ?? ""));
    expect(confirmation?.message.body?.content).toContain(
      "<li>Pętla indukcyjna dla osób niedosłyszących</li>",
    );
    expect(confirmation?.message.body?.content).toContain("<li>Tłumacz (Polish)</li>");
    // Kept apart, no household's supporter receives anything.
    expect(supporterRecipients({ ...booked.meeting, keepApart: true })).toEqual([]);
  });
});

describe("a household joining a booked meeting", () => {
  /** Samira books alone (no requests: the offered Family Room); Faisal then answers, asking for a hearing loop. */
  async function bookedForSamira() {
    const w = await world.setUp();
    const offered = await w.offers.send({ ...w.draft, holds: false });
    const [samira, faisal] = offered.meeting.carers;
    if (!samira || !faisal) throw new Error("two carers");
    const booked = await w.meetings.book(offered.id, { slot: 0, carerId: samira.id }, [
      { carerId: samira.id, answer: answer(1) },
    ]);
    expect(booked.meeting.booking?.slot.roomName).toBe("Family Room");
    return { ...w, booked, faisal };
  }

  it("moves the meeting to a free room with the hearing loop the joining household needs", async () => {
    const { booked, faisal, meetings, records } = await bookedForSamira();
    const joined = await meetings.join(booked.id, {
      carerId: faisal.id,
      answer: answer(1, { adjustments: ["hearingLoop"] }),
    });
    expect(joined.meeting.status).toBe("booked");
    expect(joined.meeting.booking?.households).toEqual(["1", "2"]);
    expect(joined.meeting.booking?.slot.roomName).toBe("Meeting Room 1");
    const event = events()[0];
    expect(event?.location?.displayName).toBe("Meeting Room 1");
    const rooms = (event?.attendees ?? [])
      .filter((a) => a.type === "resource")
      .map((a) => a.emailAddress?.address);
    expect(rooms).toEqual(["meeting-room-1@glenmore.example.org"]);
    const log = (await records.timeline("GP9001")).map((e) => e.summary);
    expect(log).toContain("Moved to Meeting Room 1: it has what Faisal Aziz asked for (a hearing loop)");
  });

  it("with no such room free, staff are told which feature is missing and the meeting stays as booked", async () => {
    const { booked, faisal, meetings } = await bookedForSamira();
    const slot = booked.meeting.booking?.slot;
    if (!slot) throw new Error("not booked");
    for (const room of ["meeting-room-1", "library"]) {
      const calendars = ctx.tenant.snapshot.calendars;
      const address = `${room}@glenmore.example.org`;
      calendars[address] = calendars[address] ?? [];
      calendars[address].push({
        id: `ev-${room}`,
        subject: "Reading group",
        showAs: "busy",
        start: { dateTime: new Date(slot.start).toISOString().slice(0, 19), timeZone: "UTC" },
        end: { dateTime: new Date(slot.end).toISOString().slice(0, 19), timeZone: "UTC" },
      });
    }
    const e = await meetings
      .join(booked.id, { carerId: faisal.id, answer: answer(1, { adjustments: ["hearingLoop"] }) })
      .catch((x: unknown) => x);
    expect(isMeetingError(e, "noSuitableRoom") && e.problem.features).toEqual(["hearingLoop"]);
    const after = (await meetings.get(booked.id)).meeting;
    expect(after.status).toBe("booked");
    expect(after.work).toBeUndefined();
    expect(after.booking?.households).toEqual(["1"]);
    expect(after.booking?.slot.roomName).toBe("Family Room");
    expect(events()[0]?.location?.displayName).toBe("Family Room");
  });
});

describe("adjustments followed through", () => {
  it("is not ready until every adjustment is arranged or not possible, each change on the timeline", async () => {
    const { booked, meetings, records } = await bookedWithRequests();
    expect(booked.meeting.adjustments?.map((f) => `${f.id} ${f.state} ${f.detail}`)).toEqual([
      "1:hearingLoop requested ",
      "1:interpreter requested Polish",
      "2:speakingOrder requested first",
    ]);
    expect(readiness(booked.meeting).ready).toBe(false);

    const one = await meetings.adjust(booked.id, "1:hearingLoop", { state: "arranged" });
    expect(readiness(one.meeting)).toMatchObject({ ready: false });
    expect(readiness(one.meeting).open.map((f) => f.id)).toEqual(["1:interpreter", "2:speakingOrder"]);
    await expect(
      meetings.adjust(booked.id, "1:interpreter", { state: "notPossible", reason: "  " }),
    ).rejects.toSatisfy((e) => isMeetingError(e, "reasonNeeded"));

    const reason = "No Polish interpreter is free that day. <b>Ms Reid</b> speaks some Polish & will help.";
    await meetings.adjust(booked.id, "1:interpreter", { state: "notPossible", reason });
    const done = await meetings.adjust(booked.id, "2:speakingOrder", { state: "arranged" });
    expect(readiness(done.meeting)).toEqual({ ready: true, open: [] });
    expect(done.meeting.work).toBeUndefined();
    expect(done.meeting.status).toBe("booked");

    // Samira is told in Polish, with the reason exactly as written (escaped, not markup).
    const told = outside("samira@example.net").filter((m) =>
      /W sprawie spotkania/.test(m.message.subject ?? ""),
    );
    expect(told).toHaveLength(1);
    const html = told[0]?.message.body?.content ?? "";
    expect(html).toContain("Przepraszamy. Nie możemy tego zapewnić: Tłumacz (Polish).");
    expect(html).toContain("Wiadomość od Aileen MacRae, po angielsku:");
    expect(html).toContain("&lt;b&gt;Ms Reid&lt;/b&gt; speaks some Polish &amp; will help.");
    expect(html).not.toContain("<b>Ms Reid</b>");
    expect(
      outside("faisal@example.net").filter((m) => /About your meeting/.test(m.message.subject ?? "")),
    ).toEqual([]);

    // Marking again the same way changes nothing and sends nothing.
    await meetings.adjust(booked.id, "1:hearingLoop", { state: "arranged" });
    await meetings.resume(booked.id);
    expect(
      outside("samira@example.net").filter((m) => /W sprawie spotkania/.test(m.message.subject ?? "")),
    ).toHaveLength(1);

    const timeline = (await records.timeline("GP9001")).filter((e) => e.kind === "adjustment");
    expect(timeline.map((e) => e.summary)).toEqual([
      "A hearing loop for Samira Aziz: arranged, marked by Aileen MacRae",
      "An interpreter (Polish) for Samira Aziz: not possible, marked by Aileen MacRae",
      "Speaking first or after the professionals (first) for Faisal Aziz: arranged, marked by Aileen MacRae",
    ]);
    expect(timeline[1]?.details).toContain(reason);
  });

  it("reminds the organiser once, three school days before, of what is still open", async () => {
    const { booked, meetings } = await bookedWithRequests();
    await meetings.adjust(booked.id, "1:hearingLoop", { state: "arranged" });
    const reminders = () => inbox(ME).filter((m) => /Still to arrange/.test(m.subject ?? ""));
    // Monday: the meeting is on Saturday; three school days before is Wednesday.
    await meetings.housekeeping();
    expect(reminders()).toHaveLength(0);
    ctx.now += 2 * DAY;
    await meetings.housekeeping();
    await meetings.housekeeping();
    expect(reminders()).toHaveLength(1);
    const html = reminders()[0]?.body?.content ?? "";
    expect(html).toContain("2 adjustments are still to arrange");
    expect(html).toContain("An interpreter (Polish) – asked for by Samira Aziz");
    expect(html).not.toContain("hearing loop");
  });

  it("sends no reminder when everything is resolved", async () => {
    const { booked, meetings } = await bookedWithRequests();
    for (const id of ["1:hearingLoop", "1:interpreter", "2:speakingOrder"])
      await meetings.adjust(booked.id, id, { state: "arranged" });
    ctx.now += 3 * DAY;
    await meetings.housekeeping();
    expect(inbox(ME).filter((m) => /Still to arrange/.test(m.subject ?? ""))).toHaveLength(0);
  });
});

describe("remembered with consent", () => {
  it("keeps an adjustment for the carer with who agreed and how, ticks it next time, and removes it when asked", async () => {
    const { booked, meetings, directory, samira } = await bookedWithRequests();
    await meetings.rememberAdjustment(booked.id, "1:hearingLoop", { givenBy: "Samira Aziz", how: "phone" });
    const carers = await directory.carers("GP9001");
    const kept = carers.find((c) => c.id === samira.id);
    expect(kept?.standing).toEqual([
      {
        kind: "hearingLoop",
        detail: "",
        consent: { givenBy: "Samira Aziz", at: ctx.now, how: "phone", recordedBy: "Aileen MacRae" },
      },
    ]);
    expect(kept?.standingAdjustments).toEqual(["A hearing loop"]);
    const next = withFamily(blankForm("GP9001", instant(ctx.now), "Europe/London"), {
      child: undefined,
      carers,
      staff: [],
      schoolZone: "Europe/London",
    });
    expect(next.adjustments).toEqual(["hearingLoop"]);

    await meetings.forgetStandingAdjustment("GP9001", samira.id, "hearingLoop");
    const after = (await directory.carers("GP9001")).find((c) => c.id === samira.id);
    expect(after?.standing).toEqual([]);
    expect(after?.standingAdjustments).toEqual([]);
  });

  it("keeps what was kept with consent when the MIS export is imported again, adding what it lists", async () => {
    const { booked, meetings, directory, samira } = await bookedWithRequests();
    await meetings.rememberAdjustment(booked.id, "1:hearingLoop", { givenBy: "Samira Aziz", how: "reply" });
    const graph = ctx.transport();
    const contacts = new GraphFamilyContacts(graph, new SiteRef(graph, SITE));
    await contacts.importRows(
      SPLIT_FAMILY.map((r, i) => (i === 0 ? { ...r, standingAdjustments: ["Step-free access"] } : r)),
    );
    const kept = (await directory.carers("GP9001")).find((c) => c.id === samira.id)?.standing;
    expect(kept?.map((s) => [s.kind, s.consent?.how])).toEqual([
      ["hearingLoop", "reply"],
      ["stepFree", undefined],
    ]);
  });

  it("reads the school's older words as standing adjustments with no consent on record", () => {
    expect(readStanding("Interpreter (Urdu); Step-free access; Likes tea")).toEqual([
      { kind: "interpreter", detail: "Urdu", consent: undefined },
      { kind: "stepFree", detail: "", consent: undefined },
    ]);
  });
});
