import { documentHtml } from "../documents/documentHtml";
import { ENGLISH, type FamilyLocale, familyLocale } from "../i18n/locales";
import { formatMessage } from "../i18n/messages";
import { logOnce, markDone, sendOnce } from "../meetings/flows/effects";
import { eventBody } from "../meetings/flows/eventShape";
import type { MeetingDeps } from "../meetings/flows/flowDeps";
import { beginWork, type Flow, type Step, type StepContext } from "../meetings/flows/runFlow";
import type { Meeting, MeetingCarer } from "../meetings/meeting";
import { MeetingError } from "../meetings/meetingError";
import { DOCX_TYPE } from "../ports/documents";
import { ianaZone } from "../time/zone";
import { agendaChanges, agendaMoved, lastSent, type MeetingAgenda } from "./agenda";
import { type AgendaReader, agendaDocument } from "./agendaDocument";
import { agendaInputs, type HouseholdAgendaInputs } from "./agendaInputs";
import { agendaEmail, reminderEmail } from "./agendaMails";
import { AGENDA_MESSAGES } from "./agendaMessages";
import { agendaSentText } from "./agendaTimelineText";
import { reminderAt } from "./agendaTiming";

/** The version this run sends: one more than those sent. */
const versionOf = (agenda: MeetingAgenda) => agenda.versions.length + 1;

function agendaOf(meeting: Meeting): MeetingAgenda {
  if (!meeting.agenda || !meeting.booking) throw new MeetingError({ code: "noAgenda" });
  return meeting.agenda;
}

/**
 * Begins sending the agenda (its first version, a late change, or the same agenda again because
 * the meeting moved). A change after a version was sent must change something and give the family
 * a reason; a move needs neither (the new time is the change).
 */
export function beginAgendaSend(meeting: Meeting, deps: Pick<MeetingDeps, "clock">): Meeting {
  if (meeting.work?.flow === "agenda") return beginWork(meeting, agendaFlow, {}, deps.clock);
  if (meeting.status !== "booked")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "agenda" });
  const agenda = agendaOf(meeting);
  const last = lastSent(agenda);
  if (last && !agendaMoved(meeting)) {
    if (agendaChanges(last.items, agenda.items).length === 0)
      throw new MeetingError({ code: "agendaUnchanged" });
    if (!agenda.pendingReason.trim()) throw new MeetingError({ code: "lateChangeReason" });
  }
  return beginWork(meeting, agendaFlow, { reason: agenda.pendingReason.trim() }, deps.clock);
}

/** What changed since the version the family has (none for the first). */
function changesNow(agenda: MeetingAgenda) {
  const last = lastSent(agenda);
  return last ? agendaChanges(last.items, agenda.items) : [];
}

function readerFor(carer: MeetingCarer, inputs: readonly HouseholdAgendaInputs[]): AgendaReader {
  return {
    locale: familyLocale(carer.lang),
    lang: carer.lang,
    zone: carer.zone,
    households: inputs.filter((h) => h.household === carer.household),
  };
}

/** The invitation everyone on it reads: purpose, then the agenda; nothing household-specific when kept apart. */
export const agendaOnEvent: Step<MeetingDeps> = {
  name: "agendaOnEvent",
  async run(meeting, deps) {
    const agenda = agendaOf(meeting);
    const key = `agenda:v${versionOf(agenda)}:event`;
    const booking = meeting.booking;
    if (meeting.done.includes(key) || !booking?.eventId) return meeting;
    const reader: AgendaReader = {
      locale: ENGLISH,
      lang: "en",
      zone: deps.schoolZone,
      households: meeting.keepApart ? [] : agendaInputs(meeting),
    };
    const doc = agendaDocument(meeting, agenda.items, reader, deps.school);
    await deps.calendar.update(booking.eventId, {
      bodyHtml: eventBody(meeting, booking.households) + documentHtml(doc, { title: "h2" }),
    });
    return markDone(meeting, [key]);
  },
};

async function agendaMail(
  meeting: Meeting,
  deps: MeetingDeps,
  reader: AgendaReader & { readonly name: string },
  to: { readonly name: string; readonly email: string },
  reference: string,
) {
  const agenda = agendaOf(meeting);
  const doc = agendaDocument(meeting, agenda.items, reader, deps.school);
  const bytes = await deps.documents.docx(doc);
  const email = agendaEmail({
    meeting,
    reader,
    agendaHtml: documentHtml(doc, { title: "h2" }),
    changes: changesNow(agenda),
    reason: meeting.work?.reason ?? "",
    senderName: deps.sender.name,
    moved: agendaMoved(meeting),
  });
  return {
    to: [to],
    cc: [],
    subject: email.subject,
    html: email.html,
    reference,
    attachments: [
      {
        name: `${doc.title} (${versionOf(agenda)}).docx`,
        contentType: DOCX_TYPE,
        bytes,
      },
    ],
  };
}

/**
 * Each carer on the booking gets the agenda in their language, as the email's body and as a .docx
 * (large print or easy read when their household asked); a supporter the household may share
 * papers with gets their household's copy when we have their address. Each mail once.
 */
export const agendaToFamilies: Step<MeetingDeps> = {
  name: "agendaToFamilies",
  async run(meeting, deps, ctx) {
    const agenda = agendaOf(meeting);
    const n = versionOf(agenda);
    const inputs = agendaInputs(meeting);
    const invited = new Set(meeting.booking?.households ?? []);
    const carers = meeting.carers.filter((c) => invited.has(c.household));
    const keys = await Promise.all([
      ...carers.map(async (c) => {
        const key = `agenda:v${n}:mail:${c.id}`;
        if (meeting.done.includes(key)) return undefined;
        const mail = await agendaMail(
          meeting,
          deps,
          { ...readerFor(c, inputs), name: c.name },
          c,
          `${c.ref}-agenda-${n}`,
        );
        return sendOnce(meeting, deps, ctx, key, mail);
      }),
      ...inputs.map(async (h) => {
        const s = h.supporter;
        const carer = h.carers[0];
        const key = `agenda:v${n}:supporter:${h.household}`;
        if (!s?.sharePapers || !s.email || !carer || meeting.done.includes(key)) return undefined;
        const reader = { ...readerFor(carer, inputs), name: s.name };
        const mail = await agendaMail(
          meeting,
          deps,
          reader,
          { name: s.name, email: s.email },
          `${carer.ref}-agenda-${n}-s`,
        );
        return sendOnce(meeting, deps, ctx, key, mail);
      }),
    ]);
    return markDone(meeting, keys);
  },
};

function whereFor(meeting: Meeting, locale: FamilyLocale): string {
  const room = meeting.booking?.slot.roomName;
  if (meeting.format === "online" || !room) return formatMessage(AGENDA_MESSAGES, locale, "whereOnline");
  return formatMessage(AGENDA_MESSAGES, locale, meeting.booking?.online ? "whereRoomOrOnline" : "whereRoom", {
    room,
  });
}

/**
 * The reminder the day before, handed to Exchange now to deliver then (deferred delivery): it
 * waits in the organiser's Outbox, so it goes even if nobody opens the app. Once per carer; none
 * when the day before has already begun.
 */
export const scheduleReminders: Step<MeetingDeps> = {
  name: "scheduleReminders",
  async run(meeting, deps, ctx: StepContext) {
    const agenda = agendaOf(meeting);
    const slot = meeting.booking?.slot;
    if (!slot) return meeting;
    const at = reminderAt(slot.start, ianaZone(deps.schoolZone));
    if (at <= deps.clock.now()) return meeting;
    const invited = new Set(meeting.booking?.households ?? []);
    const due = meeting.carers.filter(
      (c) => invited.has(c.household) && !agenda.reminders.some((r) => r.carerId === c.id),
    );
    if (due.length === 0) return meeting;
    const scheduled = await Promise.all(
      due.map(async (c) => {
        const reference = `${c.ref}-reminder`;
        const email = reminderEmail({
          meeting,
          carer: c,
          where: whereFor(meeting, familyLocale(c.lang)),
          phone: deps.school.phone,
          senderName: deps.sender.name,
        });
        await deps.scheduledMail.schedule(
          {
            to: [{ name: c.name, email: c.email }],
            cc: [],
            subject: email.subject,
            html: email.html,
            reference,
          },
          at,
          { mayHaveSent: ctx.resuming },
        );
        return { carerId: c.id, reference, at };
      }),
    );
    return { ...meeting, agenda: { ...agenda, reminders: [...agenda.reminders, ...scheduled] } };
  },
};

export const logAgendaSent: Step<MeetingDeps> = {
  name: "logAgendaSent",
  run(meeting, deps, ctx) {
    const agenda = agendaOf(meeting);
    const n = versionOf(agenda);
    const invited = new Set(meeting.booking?.households ?? []);
    const carers = meeting.carers.filter((c) => invited.has(c.household));
    return logOnce(meeting, deps, ctx, [
      {
        key: `agenda:v${n}:log`,
        at: deps.clock.now(),
        kind: "agenda",
        ...agendaSentText(meeting, n, agenda.items, changesNow(agenda), meeting.work?.reason ?? "", carers, {
          movedTo: agendaMoved(meeting) ? meeting.booking?.slot : undefined,
          zone: deps.schoolZone,
        }),
      },
    ]);
  },
};

/** The version now sent, kept with what changed and why; the work done. */
function withVersion(meeting: Meeting): Meeting {
  const agenda = agendaOf(meeting);
  const work = meeting.work;
  const version = {
    version: versionOf(agenda),
    sentAt: work?.startedAt ?? meeting.createdAt,
    items: agenda.items,
    reason: work?.reason ?? "",
    changes: changesNow(agenda),
    ...(meeting.booking ? { start: meeting.booking.slot.start } : {}),
  };
  return {
    ...meeting,
    work: undefined,
    agenda: { ...agenda, pendingReason: "", versions: [...agenda.versions, version] },
  };
}

/** Sends the agenda: the invitation's body, each household's copy, the reminders, the timeline. */
export const agendaFlow: Flow<MeetingDeps> = {
  name: "agenda",
  status: undefined,
  steps: [agendaOnEvent, agendaToFamilies, scheduleReminders, logAgendaSent],
  finish: withVersion,
};
