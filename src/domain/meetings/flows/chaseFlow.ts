import { chaseEmail } from "../../offers/noticeEmail";
import { instant } from "../../time/instant";
import { replyOf } from "../households";
import type { Meeting, MeetingCarer } from "../meeting";
import { MeetingError } from "../meetingError";
import { chasedText } from "../timelineText";
import { logOnce, markDone, sendOnce } from "./effects";
import type { MeetingDeps } from "./flowDeps";
import { mailTo, noticeFrame } from "./noticeFor";
import { offerLink } from "./offerEmails";
import { beginWork, type Flow, type Step, together } from "./runFlow";

/** Carers whose household has not answered the current offer. */
export function unanswered(meeting: Meeting): MeetingCarer[] {
  return meeting.carers.filter((c) => !replyOf(meeting, c.household));
}

/** A gentle reminder to households that have not answered, with their own link again. */
export function beginChase(
  meeting: Meeting,
  answeredHouseholds: readonly string[],
  deps: Pick<MeetingDeps, "clock">,
) {
  if (meeting.work?.flow === "chase") return beginWork(meeting, chaseFlow, {}, deps.clock);
  if (meeting.status !== "offered" && meeting.status !== "rescheduling")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "chase" });
  const who = unanswered(meeting).filter((c) => !answeredHouseholds.includes(c.household));
  if (who.length === 0) throw new MeetingError({ code: "nothingToChase" });
  return beginWork(meeting, chaseFlow, { households: [...new Set(who.map((c) => c.household))] }, deps.clock);
}

const sequence = (m: Meeting) => m.chases.length + 1;
const chased = (m: Meeting) => m.carers.filter((c) => m.work?.households.includes(c.household));

export const emailReminders: Step<MeetingDeps> = {
  name: "emailReminders",
  async run(meeting, deps, ctx) {
    const n = sequence(meeting);
    const keys = await Promise.all(
      chased(meeting).map((c) => {
        const email = chaseEmail({
          ...noticeFrame(c, deps),
          chooseLabel: deps.texts(c.lang).offer.choose,
          link: offerLink(meeting, c, deps),
          sequence: n,
        });
        return sendOnce(
          meeting,
          deps,
          ctx,
          `chase:${n}:mail:${c.id}`,
          mailTo(c, email, `${c.ref}-reminder-${n}`),
        );
      }),
    );
    return markDone(meeting, keys);
  },
};

export const logReminders: Step<MeetingDeps> = {
  name: "logReminders",
  run: (meeting, deps, ctx) =>
    logOnce(meeting, deps, ctx, [
      {
        key: `chase:${sequence(meeting)}:log`,
        at: deps.clock.now(),
        kind: "offer",
        ...chasedText(chased(meeting), sequence(meeting)),
      },
    ]),
};

/** Chase: one short reminder per household still to answer, in their language. */
export const chaseFlow: Flow<MeetingDeps> = {
  name: "chase",
  status: undefined,
  steps: [together("emailAndLog", emailReminders, logReminders)],
  finish: (m) => ({
    ...m,
    chases: [...m.chases, m.work?.startedAt ?? instant(0)],
    work: undefined,
  }),
};
