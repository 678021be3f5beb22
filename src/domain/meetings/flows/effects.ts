import { isServiceError } from "../../errors";
import type { OutgoingMail } from "../../ports/mail";
import type { NewTimelineEntry } from "../../ports/records";
import type { Meeting } from "../meeting";
import type { MeetingDeps } from "./flowDeps";
import type { StepContext } from "./runFlow";

/** Adds done keys to a meeting (each once). */
export function markDone(meeting: Meeting, keys: readonly (string | undefined)[]): Meeting {
  const fresh = keys.filter((k): k is string => k !== undefined && !meeting.done.includes(k));
  return fresh.length === 0 ? meeting : { ...meeting, done: [...meeting.done, ...new Set(fresh)] };
}

/**
 * Sends one email unless it is done. After an interrupted run the mail may have gone before the
 * record was saved, and the mail port is told so: it checks Sent Items before sending, the same
 * check it makes after a send timed out. Returns the key once sent.
 */
export async function sendOnce(
  meeting: Meeting,
  deps: Pick<MeetingDeps, "mail">,
  ctx: StepContext,
  key: string,
  mail: OutgoingMail,
): Promise<string | undefined> {
  if (meeting.done.includes(key)) return undefined;
  await deps.mail.send(mail, { mayHaveSent: ctx.resuming });
  return key;
}

/**
 * Writes timeline entries unless done. After an interrupted run, the meeting's entries are read
 * first (one query), so an entry written before the record was saved is not written again.
 */
export async function logOnce(
  meeting: Meeting,
  deps: Pick<MeetingDeps, "records">,
  ctx: StepContext,
  entries: readonly Omit<NewTimelineEntry, "childId" | "meetingRef">[],
): Promise<Meeting> {
  const todo = entries.filter((e) => !meeting.done.includes(e.key));
  if (todo.length === 0) return meeting;
  const written = ctx.resuming ? await deps.records.timelineKeys(ctx.meetingId) : new Set<string>();
  await Promise.all(
    todo
      .filter((e) => !written.has(e.key))
      .map((e) =>
        deps.records.addTimelineEntry({ ...e, childId: meeting.childId, meetingRef: ctx.meetingId }),
      ),
  );
  return markDone(
    meeting,
    todo.map((e) => e.key),
  );
}

/** Cancels an event; one already gone is the outcome we wanted. */
export async function cancelEvent(deps: Pick<MeetingDeps, "calendar">, id: string, comment: string) {
  try {
    await deps.calendar.cancel(id, comment);
  } catch (e) {
    if (!isServiceError(e, "notFound")) throw e;
  }
}

/** Releases the offer's calendar holds, if any. */
export async function releaseHolds(meeting: Meeting, deps: Pick<MeetingDeps, "calendar">, why: string) {
  const offer = meeting.offer;
  if (!offer || offer.holds.length === 0) return meeting;
  await Promise.all(offer.holds.map((h) => cancelEvent(deps, h.eventId, why)));
  return { ...meeting, offer: { ...offer, holds: [] } };
}
