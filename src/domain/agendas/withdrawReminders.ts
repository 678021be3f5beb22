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
