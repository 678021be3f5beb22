import { withdrawalEmail } from "../../offers/noticeEmail";
import type { Meeting } from "../meeting";
import { MeetingError } from "../meetingError";
import { withdrawnText } from "../timelineText";
import { logOnce, markDone, releaseHolds, sendOnce } from "./effects";
import type { MeetingDeps } from "./flowDeps";
import { mailTo, noticeFrame } from "./noticeFor";
import { beginWork, type Flow, type Step, together } from "./runFlow";

/** Withdrawing offered times nobody has booked yet (a meeting being moved keeps its booking). */
export function beginWithdraw(meeting: Meeting, reason: string, deps: Pick<MeetingDeps, "clock">): Meeting {
  if (meeting.work?.flow === "withdraw") return beginWork(meeting, withdrawFlow, {}, deps.clock);
  if (meeting.status === "withdrawn") return meeting;
  if (meeting.status !== "offered" && meeting.status !== "rescheduling")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "withdraw" });
  return beginWork(meeting, withdrawFlow, { reason: reason.trim() }, deps.clock);
}

const round = (m: Meeting) => m.offer?.round ?? 1;

export const releaseWithdrawnHolds: Step<MeetingDeps> = {
  name: "releaseHolds",
  run: (meeting, deps) => releaseHolds(meeting, deps, "Released: the offer was withdrawn."),
};

export const tellFamiliesWithdrawn: Step<MeetingDeps> = {
  name: "tellFamilies",
  async run(meeting, deps, ctx) {
    const keys = await Promise.all(
      meeting.carers.map((c) => {
        const email = withdrawalEmail({ ...noticeFrame(c, deps), reason: meeting.work?.reason ?? "" });
        return sendOnce(
          meeting,
          deps,
          ctx,
          `withdraw:${round(meeting)}:mail:${c.id}`,
          mailTo(c, email, `${c.ref}-withdrawn`),
        );
      }),
    );
    return markDone(meeting, keys);
  },
};

export const logWithdrawn: Step<MeetingDeps> = {
  name: "logWithdrawn",
  run: (meeting, deps, ctx) =>
    logOnce(meeting, deps, ctx, [
      {
        key: `withdraw:${round(meeting)}:log`,
        at: deps.clock.now(),
        kind: "offer",
        ...withdrawnText(meeting.work?.reason ?? ""),
      },
    ]),
};

/** Back to where the meeting was before this offer: booked (when moving it) or withdrawn. */
export function afterOffer(m: Meeting, ended: "withdrawn" | "expired"): Meeting {
  return m.replacing
    ? { ...m, status: "booked", booking: m.replacing, replacing: undefined, work: undefined }
    : {
        ...m,
        status: ended,
        endReason: ended === "withdrawn" ? (m.work?.reason ?? "") : m.endReason,
        work: undefined,
      };
}

/** Withdraw: holds released, every household told the times are gone, the timeline written. */
export const withdrawFlow: Flow<MeetingDeps> = {
  name: "withdraw",
  status: "withdrawing",
  steps: [together("releaseTellLog", releaseWithdrawnHolds, tellFamiliesWithdrawn, logWithdrawn)],
  finish: (m) => afterOffer(m, "withdrawn"),
};
