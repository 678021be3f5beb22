import { describe, expect, it } from "vitest";
import { bookFlow } from "../meetings/flows/bookFlow";
import type { MeetingDeps } from "../meetings/flows/flowDeps";
import { beginWork, runFlow } from "../meetings/flows/runFlow";
import type { Meeting, StoredMeeting } from "../meetings/meeting";
import { bookedMeeting } from "../meetings/testing/meetingFixture";
import type { OutgoingMail } from "../ports/mail";
import type { NewTimelineEntry } from "../ports/records";
import type { ReplyAnswer, Supporter } from "../replies/replyAnswer";
import { type Instant, instant } from "../time/instant";
import { newAgenda } from "./agenda";
import { agendaFlow, beginAgendaSend } from "./agendaFlow";
import { BUILT_IN_TEMPLATES } from "./agendaTemplates";
import { withdrawMovedReminders } from "./withdrawReminders";

const START = Date.UTC(2026, 11, 3, 15, 30); // Thursday 3 December 2026, 3:30pm in London
const MOVED = Date.UTC(2026, 11, 8, 15, 30); // Tuesday 8 December
const NOW = Date.UTC(2026, 10, 24, 9);

function answer(supporter: Supporter | null): ReplyAnswer {
  return {
    ref: "CG-AAAA-AAAA",
    choice: 1,
    availability: "",
    adjustments: [],
    interpreterLanguage: "",
    otherNeeds: "",
    supporter,
    speakingOrder: "noPreference",
    message: "",
  };
}

/** Samira's household booked, with its reply; the agenda made from the first built-in template. */
function meetingWith(supporter: Supporter | null, start = START): Meeting {
  const m = bookedMeeting(start, {
    replies: [{ carerId: "c1", round: 1, answer: answer(supporter), receivedAt: instant(NOW) }],
  });
  const template = BUILT_IN_TEMPLATES[0];
  if (!template) throw new Error("no built-in template");
  return { ...m, agenda: newAgenda(m, template) };
}

/** Fake outside world: what was mailed, scheduled, withdrawn and logged. */
function fakeDeps() {
  const mails: OutgoingMail[] = [];
  const scheduled: { mail: OutgoingMail; at: Instant }[] = [];
  const withdrawn: string[] = [];
  const logged: NewTimelineEntry[] = [];
  const deps = {
    clock: { now: () => instant(NOW) },
    schoolZone: "Europe/London",
    school: { name: "Glenmore Primary", phone: "01463 555 0100", jurisdiction: "scotland" },
    sender: { name: "Aileen MacRae", email: "aileen.macrae@glenmore.example.org" },
    calendar: { update: async () => ({ id: "e1", joinUrl: undefined }) },
    documents: { docx: async () => new Uint8Array([80, 75, 3, 4]) },
    mail: {
      send: async (mail: OutgoingMail) => {
        mails.push(mail);
      },
    },
    scheduledMail: {
      schedule: async (mail: OutgoingMail, at: Instant) => {
        scheduled.push({ mail, at });
      },
      withdraw: async (reference: string) => {
        withdrawn.push(reference);
        return true;
      },
    },
    records: {
      addTimelineEntry: async (e: NewTimelineEntry) => {
        logged.push(e);
        return { ...e, id: String(logged.length), recordedBy: "" };
      },
      timelineKeys: async () => new Set(logged.map((e) => e.key)),
    },
  } as unknown as MeetingDeps;
  return { deps, mails, scheduled, withdrawn, logged };
}

const saver = {
  async save(previous: StoredMeeting, meeting: Meeting): Promise<StoredMeeting> {
    return { id: previous.id, version: String(Number(previous.version) + 1), meeting };
  },
};

async function sendAgenda(meeting: Meeting, deps: MeetingDeps): Promise<Meeting> {
  const begun = beginAgendaSend(meeting, deps);
  return (await runFlow(agendaFlow, { id: "m1", version: "1", meeting: begun }, deps, saver)).meeting;
}

const JANE = { name: "Jane Smith", relationship: "advocate", email: "jane@advocacy.example" };

describe("the agenda reaches the supporter only with the family's consent", () => {
  it("with consent and an email: one agenda email to the supporter, with the .docx attached", async () => {
    const { deps, mails } = fakeDeps();
    await sendAgenda(meetingWith({ ...JANE, sharePapers: true }), deps);
    const toJane = mails.filter((m) => m.to.some((r) => r.email === "jane@advocacy.example"));
    expect(toJane).toHaveLength(1);
    expect(toJane[0]?.reference).toBe("CG-AAAA-AAAA-agenda-1-s");
    expect(toJane[0]?.html).toContain("Szanowni Państwo, Jane Smith,");
    expect(toJane[0]?.attachments?.map((a) => [a.name, a.contentType])).toEqual([
      [
        "Plan naszego spotkania (1).docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
    ]);
    // Samira's own copy goes too: two emails in all.
    expect(mails.map((m) => m.to[0]?.email).sort()).toEqual(["jane@advocacy.example", "samira@example.net"]);
  });

  it("without consent to share the papers: the supporter is named, and sent nothing", async () => {
    const { deps, mails } = fakeDeps();
    await sendAgenda(meetingWith({ ...JANE, sharePapers: false }), deps);
    expect(mails.map((m) => m.to[0]?.email)).toEqual(["samira@example.net"]);
    expect(mails[0]?.html).toContain("Jane Smith");
  });

  it("households kept apart: no supporter's copy, even with consent", async () => {
    const { deps, mails } = fakeDeps();
    await sendAgenda({ ...meetingWith({ ...JANE, sharePapers: true }), keepApart: true }, deps);
    expect(mails.map((m) => m.to[0]?.email)).toEqual(["samira@example.net"]);
  });
});

describe("a meeting that moves", () => {
  it("withdraws the old day's reminders, sends the agenda again for the new time, and schedules the new day's", async () => {
    const { deps, mails, scheduled, withdrawn, logged } = fakeDeps();
    const sent = await sendAgenda(meetingWith(null), deps);
    expect(sent.agenda?.versions.map((v) => [v.version, v.start])).toEqual([[1, START]]);
    expect(scheduled.map((s) => [s.mail.reference, s.at])).toEqual([
      ["CG-AAAA-AAAA-reminder", Date.UTC(2026, 11, 2, 9)],
    ]);

    // The family chose a new time (a new round, new references): the booking flow is replacing the old one.
    const old = sent.booking;
    if (!old) throw new Error("not booked");
    const moving: Meeting = {
      ...sent,
      carers: sent.carers.map((c) => ({ ...c, ref: c.id === "c1" ? "CG-CCCC-CCCC" : c.ref })),
      booking: { ...old, slot: { ...old.slot, start: instant(MOVED), end: instant(MOVED + 3_600_000) } },
      replacing: old,
    };
    const ctx = { meetingId: "m1", resuming: false };
    const withdrawnNow = await withdrawMovedReminders.run(moving, deps, ctx);
    expect(withdrawn).toEqual(["CG-AAAA-AAAA-reminder"]);
    expect(withdrawnNow.agenda?.reminders).toEqual([]);
    // Run again (a resumed booking): nothing left to withdraw.
    expect(await withdrawMovedReminders.run(withdrawnNow, deps, ctx)).toBe(withdrawnNow);
    expect(withdrawn).toHaveLength(1);

    const moved = await sendAgenda({ ...withdrawnNow, replacing: undefined }, deps);
    const resent = mails.filter((m) => m.reference === "CG-CCCC-CCCC-agenda-2");
    expect(resent).toHaveLength(1);
    // Samira reads Polish: the subject and the first line say the meeting has moved, with the new day.
    expect(resent[0]?.subject).toMatch(/^Nasze spotkanie zostało przeniesione na .*8 grudnia/);
    expect(resent[0]?.html).toContain("Nasze spotkanie zostało przeniesione na nowy termin:");
    expect(moved.agenda?.versions.map((v) => [v.version, v.start, v.changes.length])).toEqual([
      [1, START, 0],
      [2, MOVED, 0],
    ]);
    expect(scheduled.map((s) => [s.mail.reference, s.at])).toEqual([
      ["CG-AAAA-AAAA-reminder", Date.UTC(2026, 11, 2, 9)],
      ["CG-CCCC-CCCC-reminder", Date.UTC(2026, 11, 7, 9)],
    ]);
    expect(moved.agenda?.reminders.map((r) => r.reference)).toEqual(["CG-CCCC-CCCC-reminder"]);
    expect(logged.map((e) => e.summary)).toEqual([
      "Agenda version 1 sent to Samira Aziz",
      "Agenda version 2 sent to Samira Aziz: the meeting moved to Tuesday 8 December, 15:30–16:30",
    ]);
  });

  it("an agenda not moved and not changed cannot be sent again; a resumed send sends nothing twice", async () => {
    const { deps, mails } = fakeDeps();
    const sent = await sendAgenda(meetingWith(null), deps);
    expect(() => beginAgendaSend(sent, deps)).toThrow(/agendaUnchanged/);
    const before = mails.length;
    // A move whose send was interrupted after the family's email went: the resumed run skips it.
    const old = sent.booking;
    if (!old) throw new Error("not booked");
    const moving: Meeting = {
      ...sent,
      booking: { ...old, slot: { ...old.slot, start: instant(MOVED), end: instant(MOVED + 3_600_000) } },
    };
    const begun = beginAgendaSend(moving, deps);
    const half = { ...begun, done: [...begun.done, "agenda:v2:event", "agenda:v2:mail:c1"] };
    const resumed = beginWork(half, agendaFlow, {}, deps.clock);
    await runFlow(agendaFlow, { id: "m1", version: "2", meeting: resumed }, deps, saver);
    expect(mails.length).toBe(before);
  });

  it("the booking flow withdraws the reminders of the booking it replaces", () => {
    expect(bookFlow.steps.map((s) => s.name)).toEqual([
      "createEvent",
      "withdrawMovedReminders",
      "tidyAndTell",
    ]);
  });
});
