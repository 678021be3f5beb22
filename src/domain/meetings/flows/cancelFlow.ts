import { withdrawReminders } from "../../agendas/withdrawReminders";
import { cancellationEmail } from "../../offers/noticeEmail";
import { slotLabel } from "../../offers/offerEmail";
import type { Meeting } from "../meeting";
import { MeetingError } from "../meetingError";
import { cancelledText } from "../timelineText";
import { cancelEvent, logOnce, markDone, releaseHolds, sendOnce } from "./effects";
import type { MeetingDeps } from "./flowDeps";
import { mailTo, noticeFrame } from "./noticeFor";
import { beginWork, type Flow, type Step, together } from "./runFlow";

/** Cancelling a booked meeting (or one being moved), with the reason staff give the family. */
export function beginCancel(meeting: Meeting, reason: string, deps: Pick<MeetingDeps, "clock">): Meeting {
  if (meeting.work?.flow === "cancel") return beginWork(meeting, cancelFlow, {}, deps.clock);
  if (meeting.status === "cancelled") return meeting;
  if (meeting.status !== "booked" && meeting.status !== "rescheduling")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "cancel" });
  return beginWork(meeting, cancelFlow, { reason: reason.trim() }, deps.clock);
}

/** The booking being cancelled: the one booked, or the one being moved. */
const bookingOf = (m: Meeting) => m.booking ?? m.replacing;

export const cancelTheEvent: Step<MeetingDeps> = {
  name: "cancelTheEvent",
  async run(meeting, deps) {
    const id = bookingOf(meeting)?.eventId;
    if (!id || meeting.done.includes("cancel:event")) return meeting;
    // The event's own cancellation goes to everyone invited: neutral words, nothing about the child.
    await cancelEvent(deps, id, "This meeting has been cancelled. The school will be in touch.");
    return markDone(meeting, ["cancel:event"]);
  },
};

export const releaseCancelledHolds: Step<MeetingDeps> = {
  name: "releaseHolds",
  run: (meeting, deps) => releaseHolds(meeting, deps, "Released: the meeting was cancelled."),
};

export const tellFamiliesCancelled: Step<MeetingDeps> = {
  name: "tellFamilies",
  async run(meeting, deps, ctx) {
    const slot = bookingOf(meeting)?.slot;
    const keys = await Promise.all(
      meeting.carers.map((c) => {
        const email = cancellationEmail({
          ...noticeFrame(c, deps),
          // On the household's clock and in its language, as the offer and confirmation were.
          when: slot
            ? `${slotLabel(slot.start, slot.end, c.zone, c.lang)}${slot.roomName ? `, ${slot.roomName}` : ""}`
            : "",
          reason: meeting.work?.reason ?? "",
        });
        return sendOnce(meeting, deps, ctx, `cancel:mail:${c.id}`, mailTo(c, email, `${c.ref}-cancelled`));
      }),
    );
    return markDone(meeting, keys);
  },
};

export const logCancelled: Step<MeetingDeps> = {
  name: "logCancelled",
  run: (meeting, deps, ctx) =>
    logOnce(meeting, deps, ctx, [
      {
        key: "cancel:log",
        at: deps.clock.now(),
        kind: "booking",
        ...cancelledText(bookingOf(meeting)?.slot, meeting.work?.reason ?? "", deps.schoolZone),
      },
    ]),
};

/**
 * Cancel: the event cancelled with a message, holds released, reminders waiting in the Outbox
 * withdrawn, each household told kindly in their language.
 */
export const cancelFlow: Flow<MeetingDeps> = {
  name: "cancel",
  status: "cancelling",
  steps: [
    together("cancelAndRelease", cancelTheEvent, releaseCancelledHolds, withdrawReminders),
    together("tellAndLog", tellFamiliesCancelled, logCancelled),
  ],
  finish: (m) => ({ ...m, status: "cancelled", endReason: m.work?.reason ?? "", work: undefined }),
};
