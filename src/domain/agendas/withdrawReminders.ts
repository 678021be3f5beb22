import { markDone } from "../meetings/flows/effects";
import type { MeetingDeps } from "../meetings/flows/flowDeps";
import type { Step } from "../meetings/flows/runFlow";

/**
 * Takes back the reminders still waiting in the Outbox, so a family is never reminded of a meeting
 * that is not happening. One already delivered cannot be taken back, and needs nothing more: the
 * cancellation email follows it.
 */
export const withdrawReminders: Step<MeetingDeps> = {
  name: "withdrawReminders",
  async run(meeting, deps) {
    const reminders = meeting.agenda?.reminders ?? [];
    if (reminders.length === 0 || meeting.done.includes("cancel:reminders")) return meeting;
    await Promise.all(reminders.map((r) => deps.scheduledMail.withdraw(r.reference)));
    return markDone(meeting, ["cancel:reminders"]);
  },
};

/**
 * A meeting moved to a new time: the reminders for the old day are taken back from the Outbox and
 * forgotten, so sending the agenda for the new time schedules fresh ones for the new day before.
 * Safe to repeat: a reminder already withdrawn is simply not found.
 */
export const withdrawMovedReminders: Step<MeetingDeps> = {
  name: "withdrawMovedReminders",
  async run(meeting, deps) {
    const agenda = meeting.agenda;
    if (!meeting.replacing || !agenda || agenda.reminders.length === 0) return meeting;
    await Promise.all(agenda.reminders.map((r) => deps.scheduledMail.withdraw(r.reference)));
    return { ...meeting, agenda: { ...agenda, reminders: [] } };
  },
};
