import type { Meeting } from "../meeting";
import { expiredText } from "../timelineText";
import { logOnce, releaseHolds } from "./effects";
import type { MeetingDeps } from "./flowDeps";
import { beginWork, type Flow, type Step, together } from "./runFlow";
import { afterOffer } from "./withdrawFlow";

/** What housekeeping should do with a meeting now, if anything. */
export function housekeepingFor(meeting: Meeting, now: number): "expire" | "held" | undefined {
  if (meeting.work?.flow === "expire") return "expire";
  if (meeting.work) return undefined;
  const open = meeting.status === "offered" || meeting.status === "rescheduling";
  if (open && meeting.offer && meeting.offer.expires <= now) return "expire";
  if (meeting.status === "booked" && meeting.booking && meeting.booking.slot.end <= now) return "held";
  return undefined;
}

export function beginExpire(meeting: Meeting, deps: Pick<MeetingDeps, "clock">): Meeting {
  return beginWork(meeting, expireFlow, {}, deps.clock);
}

const round = (m: Meeting) => m.offer?.round ?? 1;

export const releaseExpiredHolds: Step<MeetingDeps> = {
  name: "releaseHolds",
  run: (meeting, deps) => releaseHolds(meeting, deps, "Released: the offer expired."),
};

export const logExpired: Step<MeetingDeps> = {
  name: "logExpired",
  run: (meeting, deps, ctx) =>
    logOnce(meeting, deps, ctx, [
      { key: `expire:${round(meeting)}:log`, at: deps.clock.now(), kind: "offer", ...expiredText() },
    ]),
};

/** An offer nobody answered in time: holds released, the timeline told; a moved meeting stays booked. */
export const expireFlow: Flow<MeetingDeps> = {
  name: "expire",
  status: undefined,
  steps: [together("releaseAndLog", releaseExpiredHolds, logExpired)],
  finish: (m) => afterOffer(m, "expired"),
};
