import type { AgendaActions } from "../../domain/agendas/agendaActions";
import type { MeetingActions } from "../../domain/meetings/meetingActions";

/**
 * The meeting use cases with the agenda's timing added: a meeting booked sooner than the agenda's
 * notice gets its agenda at once; the rest get theirs when the app starts on or after the day it
 * is due (housekeeping). An agenda that fails to go leaves the meeting marked "needs attention",
 * to finish by hand; the booking itself stands.
 */
export function withAgendas(meetings: MeetingActions, agendas: AgendaActions): MeetingActions {
  return {
    ...meetings,
    async book(id, choice, answers) {
      const booked = await meetings.book(id, choice, answers);
      await agendas.sendIfDue(booked);
      return booked;
    },
    async housekeeping() {
      const done = await meetings.housekeeping();
      const agendasSent = await agendas.sendDue();
      return { changed: done.changed + agendasSent.sent, skipped: done.skipped + agendasSent.failed };
    },
  };
}
