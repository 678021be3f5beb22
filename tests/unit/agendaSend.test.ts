import type * as G from "@microsoft/microsoft-graph-types";
import { beforeEach, describe, expect, it } from "vitest";
import { withAgendas } from "../../src/app/agendas/withAgendas";
import { isMeetingError } from "../../src/domain/meetings/meetingError";
import { DAY_MS as DAY, instant } from "../../src/domain/time/instant";
import { answer, HOUR, ME, meetingWorld } from "../support/meetingWorld";
import { readDocx } from "../support/readDocx";

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const FAMILY_ITEM = '<b>Lunchtimes</b> & the <script>alert("x")</script> bus';
const mailTo = (to: string, subject: RegExp) =>
  ctx.tenant.snapshot.external.filter((m) => m.to === to && subject.test(m.message.subject ?? ""));
const html = (m: { message: G.Message } | undefined) => m?.message.body?.content ?? "";
const docxOf = (m: { message: G.Message } | undefined) => {
  const file = m?.message.attachments?.[0] as G.FileAttachment | undefined;
  return readDocx(new Uint8Array(Buffer.from(file?.contentBytes ?? "", "base64")));
};
const outbox = () => (ctx.tenant.snapshot.mailboxes[ME] ?? []).filter((m) => m.parentFolderId === "outbox");

/** Samira's household (Polish) books time 2 with a supporter, large print and an item of her own. */
async function bookedWithReply() {
  const w = await world.setUp();
  const offered = await w.offers.send(w.draft);
  const [samira] = offered.meeting.carers;
  if (!samira) throw new Error("carer");
  const booked = await w.meetings.book(offered.id, { slot: 1, carerId: samira.id }, [
    {
      carerId: samira.id,
      answer: answer(2, {
        adjustments: ["largePrint"],
        supporter: { name: "Jane Smith", relationship: "friend", sharePapers: true },
        speakingOrder: "first",
        message: FAMILY_ITEM,
      }),
    },
  ]);
  return { ...w, booked, samira };
}

describe("sending the agenda", () => {
  it("puts it on the invitation and sends each household its copy and a large-print .docx; family words stay text", async () => {
    const { agendas, booked, records } = await bookedWithReply();
    const view = await agendas.view(booked.id);
    expect(view.template?.id).toBe("scotland-childs-plan-review");
    await agendas.send(booked.id, view.agenda.items, "");

    const event = (ctx.tenant.snapshot.calendars[ME] ?? []).find((e) =>
      e.subject?.startsWith("Family meeting"),
    );
    const body = event?.body?.content ?? "";
    expect(body).toContain("Agenda for our meeting");
    expect(body).toContain(
      "&lt;b&gt;Lunchtimes&lt;/b&gt; &amp; the &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; bus",
    );
    expect(body).not.toContain("<script>");

    const mails = mailTo("samira@example.net", /-agenda-1\]$/);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.message.subject).toMatch(/^Plan naszego spotkania, /);
    expect(html(mails[0])).toContain("&lt;b&gt;Lunchtimes&lt;/b&gt;");
    expect(html(mails[0])).not.toContain("<b>Lunchtimes");
    const doc = docxOf(mails[0]);
    expect(doc.title).toBe("Plan naszego spotkania");
    expect(doc.bodySizePt).toBe(18);
    expect(doc.languages).toContain("pl");
    expect(doc.text).toContain(`Samira Aziz chce o tym porozmawiać, własnymi słowami: ${FAMILY_ITEM}`);
    expect(doc.text).toContain("Jane Smith (friend), wspiera: Samira Aziz");
    // Faisal's household did not take this time: no agenda for it.
    expect(mailTo("faisal@example.net", /-agenda-/)).toHaveLength(0);

    const timeline = (await records.timeline("GP9001")).filter((e) => e.kind === "agenda");
    expect(timeline.map((e) => e.summary)).toEqual(["Agenda version 1 sent to Samira Aziz"]);
    expect(timeline[0]?.details).toContain(`Samira Aziz asked: ${FAMILY_ITEM} (5 min, the family)`);
  });

  it("schedules the reminder for the day before in the Outbox and it is delivered then", async () => {
    const { agendas, booked } = await bookedWithReply();
    const view = await agendas.view(booked.id);
    await agendas.send(booked.id, view.agenda.items, "");
    const waiting = outbox();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.singleValueExtendedProperties).toEqual(
      expect.arrayContaining([{ id: "SystemTime 0x3FEF", value: "2026-11-27T09:00:00.000Z" }]),
    );
    expect(waiting[0]?.subject).toMatch(/^Przypomnienie: nasze spotkanie jutro/);
    expect(mailTo("samira@example.net", /reminder/)).toHaveLength(0);
    ctx.now = Date.parse("2026-11-27T08:59:00Z");
    expect(await ctx.tenant.releaseDue()).toBe(0);

    ctx.now = Date.parse("2026-11-27T09:00:01Z");
    expect(await ctx.tenant.releaseDue()).toBe(1);
    expect(outbox()).toHaveLength(0);
    expect(mailTo("samira@example.net", /-reminder\]$/)).toHaveLength(1);
  });

  it("a late change needs a reason, sends an update saying what changed, and keeps both versions", async () => {
    const { agendas, booked, records } = await bookedWithReply();
    const first = await agendas.view(booked.id);
    await agendas.send(booked.id, first.agenda.items, "");
    const items = [
      ...first.agenda.items.filter((i) => i.key !== "childViews"),
      { id: "n1", title: "Swimming lessons", minutes: 10, lead: "classTeacher" as const },
    ];
    const late = agendas.send(booked.id, items, "  ");
    await expect(late).rejects.toSatisfy((e) => isMeetingError(e, "lateChangeReason"));
    await agendas.send(booked.id, items, "The pool has reopened.");

    const update = mailTo("samira@example.net", /-agenda-2\]$/);
    expect(update).toHaveLength(1);
    expect(update[0]?.message.subject).toMatch(/^Zmiana w planie naszego spotkania, /);
    expect(html(update[0])).toContain("<li>Dodano: Słowami szkoły, po angielsku: Swimming lessons</li>");
    expect(html(update[0])).toContain("<li>Usunięto: Zdanie dziecka</li>");
    expect(html(update[0])).toContain("The pool has reopened.");

    const again = agendas.send(booked.id, items, "Once more");
    await expect(again).rejects.toSatisfy((e) => isMeetingError(e, "agendaUnchanged"));

    const entries = (await records.timeline("GP9001")).filter((e) => e.kind === "agenda");
    expect(entries.map((e) => e.summary)).toEqual([
      "Agenda version 1 sent to Samira Aziz",
      "Agenda version 2 sent to Samira Aziz: late change",
    ]);
    expect(entries[1]?.details).toContain("Added: Swimming lessons (10 min, class teacher)");
    expect(entries[1]?.details).toContain("Taken off: The child's views (5 min, the child)");
    expect(entries[1]?.details).toContain("Reason given to the family: The pool has reopened.");
    const stored = (await agendas.view(booked.id)).stored.meeting.agenda;
    expect(stored?.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it("cancelling withdraws the reminder from the Outbox: nothing reaches the family the day before", async () => {
    const { agendas, booked, meetings } = await bookedWithReply();
    await agendas.send(booked.id, (await agendas.view(booked.id)).agenda.items, "");
    expect(outbox()).toHaveLength(1);
    await meetings.cancel(booked.id, "Our SENCo is unwell.");
    expect(outbox()).toHaveLength(0);
    ctx.now += 5 * 24 * HOUR;
    expect(await ctx.tenant.releaseDue()).toBe(0);
    expect(mailTo("samira@example.net", /-reminder\]$/)).toHaveLength(0);
  });

  it("sends what is due: a meeting within five school days at once, and only once", async () => {
    const { agendas, booked } = await bookedWithReply();
    // Saturday 28 November is within five school days of Monday 23rd: due now.
    expect((await agendas.view(booked.id)).dueAt).toBe(Date.parse("2026-11-23T00:00:00Z"));
    expect(await agendas.sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(mailTo("samira@example.net", /-agenda-1\]$/)).toHaveLength(1);
    expect(await agendas.sendDue()).toEqual({ sent: 0, failed: 0 });
  });

  it("a meeting three weeks away gets its agenda five school days before it, not at booking", async () => {
    const w = await world.setUp();
    const later = w.draft.slots.map((x) => ({
      ...x,
      start: instant(x.start + 21 * DAY),
      end: instant(x.end + 21 * DAY),
    }));
    const offered = await w.offers.send({ ...w.draft, slots: later });
    const [samira] = offered.meeting.carers;
    if (!samira) throw new Error("carer");
    const booked = await w.meetings.book(offered.id, { slot: 0, carerId: samira.id }, [
      { carerId: samira.id, answer: answer(1) },
    ]);
    // Saturday 19 December: Monday 14th is five school days before.
    expect((await w.agendas.view(booked.id)).dueAt).toBe(Date.parse("2026-12-14T00:00:00Z"));
    expect(await w.agendas.sendDue()).toEqual({ sent: 0, failed: 0 });
    ctx.now = Date.parse("2026-12-14T08:00:00Z");
    expect(await w.agendas.sendDue()).toEqual({ sent: 1, failed: 0 });
    expect(mailTo("samira@example.net", /-agenda-1\]$/)).toHaveLength(1);
  });

  it("a bad item is refused with its number, and nothing is saved", async () => {
    const { agendas, booked } = await bookedWithReply();
    const view = await agendas.view(booked.id);
    const items = [...view.agenda.items, { id: "n1", title: "   ", minutes: 5, lead: "chair" as const }];
    await expect(agendas.save(booked.id, items, "")).rejects.toSatisfy(
      (e) => isMeetingError(e, "badAgendaItem") && e.problem.item === items.length,
    );
    expect((await agendas.view(booked.id)).stored.meeting.agenda).toBeUndefined();
  });
});

// Two offers, two bookings and two agenda sends through the demo tenant: slow on a busy machine.
describe("a booked meeting that moves", { timeout: 60_000 }, () => {
  it("withdraws the old day's reminders, sends the agenda again for the new time with new reminders, once", async () => {
    const w = await world.setUp();
    const meetings = withAgendas(w.meetings, w.agendas);
    const offered = await w.offers.send(w.draft);
    const samira = offered.meeting.carers[0]?.id ?? "";
    await meetings.book(offered.id, { slot: 0, carerId: samira }, [{ carerId: samira, answer: answer(1) }]);
    // The times offered are within five school days: the agenda went at booking.
    expect((await w.agendas.view(offered.id)).agenda.versions).toHaveLength(1);
    const oldReminders = outbox().map((m) => m.subject);
    expect(oldReminders.length).toBeGreaterThan(0);

    const later = w.draft.slots.map((s) => ({
      ...s,
      start: instant(s.start + 7 * DAY),
      end: instant(s.end + 7 * DAY),
    }));
    const moving = await w.offers.send({ ...w.draft, slots: later }, offered.id);
    // While the family chooses, the old time stands and so do its reminders.
    expect(outbox().map((m) => m.subject)).toEqual(oldReminders);
    const newRef = moving.meeting.carers[0]?.ref ?? "";
    const booked = await meetings.book(offered.id, { slot: 1, carerId: samira }, [
      { carerId: samira, answer: answer(2) },
    ]);
    expect(booked.meeting.booking?.slot.start).toBe(later[1]?.start);

    // The old reminders are gone from the Outbox; one per carer waits for the new day before.
    const waiting = outbox();
    expect(waiting.map((m) => m.subject).filter((x) => oldReminders.includes(x))).toEqual([]);
    expect(waiting.some((m) => m.subject?.includes(`${newRef}-reminder`))).toBe(true);
    const stored = (await w.meetings.get(offered.id)).meeting;
    expect(stored.agenda?.versions.map((v) => [v.version, v.start])).toEqual([
      [1, offered.meeting.offer?.slots[0]?.start],
      [2, later[1]?.start],
    ]);
    expect(stored.agenda?.reminders.every((r) => r.reference.startsWith(newRef))).toBe(true);
    const resent = mailTo("samira@example.net", /-agenda-2\]$/);
    expect(resent).toHaveLength(1);
    expect(html(resent[0])).toContain("Nasze spotkanie zostało przeniesione na nowy termin:");
    const log = (await w.records.timeline("GP9001")).map((e) => e.summary);
    expect(log.filter((x) => /^Agenda version 2 sent to .*: the meeting moved to /.test(x))).toHaveLength(1);

    // Started again (housekeeping), nothing more is sent.
    const before = ctx.tenant.snapshot.external.length;
    await meetings.housekeeping();
    expect(ctx.tenant.snapshot.external.length).toBe(before);
    expect(mailTo("samira@example.net", /-agenda-2\]$/)).toHaveLength(1);
  });
});
