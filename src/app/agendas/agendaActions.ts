import {
  type AgendaItem,
  agendaMoved,
  bookedMinutes,
  isLead,
  lastSent,
  type MeetingAgenda,
  newAgenda,
} from "../../domain/agendas/agenda";
import type { AgendaActions, AgendaView } from "../../domain/agendas/agendaActions";
import { agendaFlow, beginAgendaSend } from "../../domain/agendas/agendaFlow";
import { type AgendaTemplate, allTemplates, templateFor } from "../../domain/agendas/agendaTemplates";
import { agendaDueAt, agendaSchoolDays } from "../../domain/agendas/agendaTiming";
import { templateProblem } from "../../domain/agendas/templateSchema";
import { isServiceError } from "../../domain/errors";
import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { runFlow } from "../../domain/meetings/flows/runFlow";
import type { Meeting, StoredMeeting } from "../../domain/meetings/meeting";
import { MeetingError } from "../../domain/meetings/meetingError";
import { isMeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { AgendaTemplates } from "../../domain/ports/agenda-templates";
import type { Instant } from "../../domain/time/instant";
import type { MeetingPorts } from "../meetings/flowContext";
import type { MeetingStore } from "../meetings/meetingStore";

const MAX_MINUTES = 240;

/** Staff's items, checked: words in each, whole minutes from 0 to 240, a known lead. */
function checkedItems(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item, i) => {
    const title = item.title.trim();
    if (
      !title ||
      !Number.isInteger(item.minutes) ||
      item.minutes < 0 ||
      item.minutes > MAX_MINUTES ||
      !isLead(item.lead)
    )
      throw new MeetingError({ code: "badAgendaItem", item: i + 1 });
    return { ...item, title };
  });
}

/** The agenda use cases over the meeting store, the school's templates and the meeting flows. */
export function agendaActions(
  ports: MeetingPorts & { readonly agendaTemplates: AgendaTemplates },
  store: MeetingStore,
  deps: () => Promise<MeetingDeps>,
): AgendaActions {
  async function templateOf(meeting: Meeting): Promise<AgendaTemplate | undefined> {
    const [d, own] = await Promise.all([deps(), ports.agendaTemplates.list()]);
    return isMeetingTypeId(meeting.typeId)
      ? templateFor(meeting.typeId, d.school.jurisdiction, own)
      : undefined;
  }

  /** The meeting's agenda, or a fresh one from its template. */
  async function agendaOf(
    meeting: Meeting,
  ): Promise<{ agenda: MeetingAgenda; template: AgendaTemplate | undefined }> {
    const template = await templateOf(meeting);
    if (meeting.agenda) return { agenda: meeting.agenda, template };
    if (!meeting.booking) throw new MeetingError({ code: "noAgenda" });
    const fallback: AgendaTemplate = {
      id: "none",
      jurisdiction: "both",
      typeId: "checkIn",
      label: "",
      items: [],
    };
    return { agenda: newAgenda(meeting, template ?? fallback), template };
  }

  /** When the first version goes by itself: N school days before (now, when the school has no calendar). */
  async function dueAt(meeting: Meeting): Promise<Instant | undefined> {
    const slot = meeting.booking?.slot;
    if (!slot || lastSent(meeting.agenda)) return undefined;
    const [calendar, profile] = await Promise.all([
      ports.schoolSettings.calendar(),
      ports.schoolSettings.profile(),
    ]);
    const typeDays = isMeetingTypeId(meeting.typeId) ? meetingType(meeting.typeId).noticeWorkingDays : 0;
    const days = agendaSchoolDays(profile?.agendaSchoolDays, typeDays);
    return calendar ? agendaDueAt(slot.start, days, calendar) : ports.clock.now();
  }

  async function saveItems(stored: StoredMeeting, items: readonly AgendaItem[], reason: string) {
    const meeting = stored.meeting;
    if (meeting.status !== "booked" || !meeting.booking)
      throw new MeetingError({ code: "wrongState", status: meeting.status, action: "agenda" });
    if (meeting.work) throw new MeetingError({ code: "otherWorkUnderway", flow: meeting.work.flow });
    const { agenda } = await agendaOf(meeting);
    const sent = lastSent(agenda) !== undefined;
    return store.save(stored, {
      ...meeting,
      agenda: { ...agenda, items: checkedItems(items), pendingReason: sent ? reason.trim() : "" },
    });
  }

  async function sendStored(stored: StoredMeeting) {
    const d = await deps();
    const begun = beginAgendaSend(stored.meeting, d);
    const saved = await store.save(stored, begun);
    return runFlow(agendaFlow, saved, d, store);
  }

  async function sendIfDue(stored: StoredMeeting): Promise<{ sent: number; failed: number }> {
    const { meeting } = stored;
    if (meeting.status !== "booked" || meeting.work) return { sent: 0, failed: 0 };
    // Sent for a time that has since moved: the family gets it again for the new time, now.
    const moved = agendaMoved(meeting);
    if (lastSent(meeting.agenda) && !moved) return { sent: 0, failed: 0 };
    const due = moved ? ports.clock.now() : await dueAt(meeting);
    if (due === undefined || due > ports.clock.now()) return { sent: 0, failed: 0 };
    try {
      const { agenda } = await agendaOf(meeting);
      const withAgenda = meeting.agenda ? stored : await store.save(stored, { ...meeting, agenda });
      await sendStored(withAgenda);
      return { sent: 1, failed: 0 };
    } catch (e) {
      // Someone changed it meanwhile, or a send was interrupted: the meeting shows it, to finish by hand.
      if (!(isServiceError(e) || e instanceof MeetingError)) throw e;
      console.warn(`The agenda for meeting ${stored.id} was not sent`, e);
      return { sent: 0, failed: 1 };
    }
  }

  return {
    async view(meetingId): Promise<AgendaView> {
      const [stored, children] = await Promise.all([store.get(meetingId), ports.directory.children()]);
      const { agenda, template } = await agendaOf(stored.meeting);
      return {
        stored,
        childName: children.find((c) => c.id === stored.meeting.childId)?.name ?? "",
        agenda,
        template,
        bookedMinutes: bookedMinutes(stored.meeting),
        dueAt: await dueAt(stored.meeting),
      };
    },
    async save(meetingId, items, reason) {
      return saveItems(await store.get(meetingId), items, reason);
    },
    async send(meetingId, items, reason) {
      const saved = await saveItems(await store.get(meetingId), items, reason);
      return sendStored(saved);
    },
    async sendDue(meetingIds) {
      const items = meetingIds
        ? meetingIds.map((id) => ({ id }))
        : await ports.records.meetingsWithStatus(["booked"]);
      let sent = 0;
      let failed = 0;
      for (const { id } of items) {
        const stored = await store.find(id);
        if (!stored) continue;
        const outcome = await sendIfDue(stored);
        sent += outcome.sent;
        failed += outcome.failed;
      }
      return { sent, failed };
    },
    sendIfDue,
    async templates() {
      return allTemplates(await ports.agendaTemplates.list());
    },
    schoolTemplates: () => ports.agendaTemplates.list(),
    async deleteTemplate(id) {
      const own = await ports.agendaTemplates.list();
      if (own.some((t) => t.id === id)) await ports.agendaTemplates.save(own.filter((t) => t.id !== id));
    },
    async saveTemplate(template) {
      const problem = templateProblem(template);
      if (problem) throw new RangeError(`This template cannot be saved: ${problem}`);
      const own = await ports.agendaTemplates.list();
      await ports.agendaTemplates.save([...own.filter((t) => t.id !== template.id), template]);
    },
  };
}
