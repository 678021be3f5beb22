import { agendaFlow } from "../../domain/agendas/agendaFlow";
import { isServiceError } from "../../domain/errors";
import {
  adjustFlow,
  beginAdjust,
  beginRemindAdjustments,
  remindAdjustmentsFlow,
} from "../../domain/meetings/flows/adjustFlow";
import { beginBooking, bookFlow } from "../../domain/meetings/flows/bookFlow";
import { beginCancel, cancelFlow } from "../../domain/meetings/flows/cancelFlow";
import { beginChase, chaseFlow } from "../../domain/meetings/flows/chaseFlow";
import { beginExpire, expireFlow, housekeepingFor } from "../../domain/meetings/flows/expireFlow";
import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { beginJoin, joinFlow } from "../../domain/meetings/flows/joinFlow";
import { offerFlow } from "../../domain/meetings/flows/offerFlow";
import { beginWork, type Flow, runFlow } from "../../domain/meetings/flows/runFlow";
import { beginWithdraw, withdrawFlow } from "../../domain/meetings/flows/withdrawFlow";
import type { FlowName, Meeting, StoredMeeting } from "../../domain/meetings/meeting";
import type { MeetingActions } from "../../domain/meetings/meetingActions";
import {
  adjustmentReminderDue,
  DEFAULT_REMINDER_SCHOOL_DAYS,
} from "../../domain/meetings/meetingAdjustments";
import { OPEN_STATUSES } from "../../domain/meetings/meetingStatus";
import { summariseFlow } from "../../domain/summaries/summaryFlow";
import { alternativeTimes } from "./alternatives";
import type { MeetingPorts } from "./flowContext";
import { listItems } from "./meetingList";
import type { MeetingStore } from "./meetingStore";
import { readReplies } from "./replies";
import { standingAdjustments } from "./standingAdjustments";

const FLOWS: Record<FlowName, Flow<MeetingDeps>> = {
  offer: offerFlow,
  book: bookFlow,
  join: joinFlow,
  reschedule: offerFlow,
  cancel: cancelFlow,
  withdraw: withdrawFlow,
  chase: chaseFlow,
  expire: expireFlow,
  adjust: adjustFlow,
  remindAdjustments: remindAdjustmentsFlow,
  agenda: agendaFlow,
  summarise: summariseFlow,
};

/** The meeting use cases: each loads the record, begins its flow (saved), then runs it. */
export function meetingActions(
  ports: MeetingPorts,
  store: MeetingStore,
  deps: () => Promise<MeetingDeps>,
): MeetingActions {
  /**
   * Saves the begun work, then runs the flow; the first save is what makes a retry a resume. A
   * begin that changed nothing means it was done already (a repeated click): nothing is run.
   */
  async function start(stored: StoredMeeting, begun: Meeting, flow: Flow<MeetingDeps>, d: MeetingDeps) {
    if (begun === stored.meeting) return stored;
    const saved = await store.save(stored, begun);
    return runFlow(flow, saved, d, store);
  }

  return {
    ...standingAdjustments(ports, store, deps),
    async open() {
      const [items, children] = await Promise.all([
        ports.records.meetingsWithStatus(OPEN_STATUSES),
        ports.directory.children(),
      ]);
      return listItems(items, children, ports.clock.now());
    },
    async forChild(childId) {
      const [items, children] = await Promise.all([
        ports.records.meetingsFor(childId),
        ports.directory.children(),
      ]);
      return listItems(items, children, ports.clock.now());
    },
    get: (id) => store.get(id),
    async replies(id) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      return readReplies(ports, stored.meeting, d.sender.email);
    },
    async book(id, choice, answers) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      return start(stored, await beginBooking(stored.meeting, choice, answers, d), bookFlow, d);
    },
    async join(id, answer) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      return start(stored, beginJoin(stored.meeting, answer, d), joinFlow, d);
    },
    async cancel(id, reason) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      return start(stored, beginCancel(stored.meeting, reason, d), cancelFlow, d);
    },
    async withdraw(id, reason) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      return start(stored, beginWithdraw(stored.meeting, reason, d), withdrawFlow, d);
    },
    async chase(id) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      const replies = await readReplies(ports, stored.meeting, d.sender.email);
      // Only an answer from a carer's own address stops the reminder; anyone can quote a reference.
      const answered = replies.filter((r) => r.sender === "carer").map((r) => r.carer.household);
      return start(stored, beginChase(stored.meeting, answered, d), chaseFlow, d);
    },
    async adjust(id, adjustmentId, outcome) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      return start(stored, beginAdjust(stored.meeting, adjustmentId, outcome, d), adjustFlow, d);
    },
    async resume(id) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      const work = stored.meeting.work;
      if (!work) return stored;
      const flow = FLOWS[work.flow];
      return start(stored, beginWork(stored.meeting, flow, {}, ports.clock), flow, d);
    },
    async alternatives(id, slot) {
      const stored = await store.get(id);
      return alternativeTimes(ports, stored.meeting, slot);
    },
    async housekeeping() {
      const [items, school, profile] = await Promise.all([
        ports.records.meetingsWithStatus(["offered", "rescheduling", "booked"]),
        ports.schoolSettings.calendar(),
        ports.schoolSettings.profile(),
      ]);
      const reminderDays = profile?.adjustmentReminderSchoolDays ?? DEFAULT_REMINDER_SCHOOL_DAYS;
      let changed = 0;
      let skipped = 0;
      for (const item of items) {
        const stored = await store.find(item.id);
        if (!stored) continue;
        const now = ports.clock.now();
        const m = stored.meeting;
        const remind =
          m.work?.flow === "remindAdjustments" ||
          (!m.work && school !== undefined && adjustmentReminderDue(m, school, reminderDays, now));
        const todo = remind ? "remind" : housekeepingFor(m, now);
        if (!todo) continue;
        try {
          if (todo === "held") await store.save(stored, { ...m, status: "held" });
          else if (todo === "remind")
            await start(stored, beginRemindAdjustments(m, ports), remindAdjustmentsFlow, await deps());
          else await start(stored, beginExpire(m, ports), expireFlow, await deps());
          changed++;
        } catch (e) {
          // Someone changed it meanwhile: their change stands; the next start looks again.
          if (!isServiceError(e, "conflict")) throw e;
          skipped++;
        }
      }
      return { changed, skipped };
    },
  };
}
