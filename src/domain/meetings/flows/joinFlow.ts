import { instant } from "../../time/instant";
import { carersOf, householdOf, needsOnline, replyOf, wantsOnline, withReply } from "../households";
import type { Meeting } from "../meeting";
import { withRequestedAdjustments } from "../meetingAdjustments";
import { isMeetingError, MeetingError } from "../meetingError";
import { joinedText, replyText, roomChangedText } from "../timelineText";
import type { ConfirmedAnswer } from "./bookFlow";
import { confirmationFor } from "./confirmations";
import { logOnce, markDone, sendOnce } from "./effects";
import { eventAttendees } from "./eventShape";
import type { MeetingDeps } from "./flowDeps";
import { featuresAskedBy, roomForNeeds } from "./roomForNeeds";
import { beginWork, type Flow, type Step, StopFlow, together } from "./runFlow";

const round = (m: Meeting) => m.offer?.round ?? 1;

/** The household joining, as the work records it. */
function joiningHousehold(meeting: Meeting): string {
  const household = meeting.work?.carerId ? householdOf(meeting, meeting.work.carerId) : undefined;
  if (household === undefined)
    throw new MeetingError({ code: "noCarer", carerId: meeting.work?.carerId ?? "" });
  return household;
}

/**
 * A household that answers after the meeting was booked, accepting the booked time: their answer
 * is kept and the join begins. One that chose another time is not added; staff decide.
 */
export function beginJoin(
  meeting: Meeting,
  reply: ConfirmedAnswer,
  deps: Pick<MeetingDeps, "clock">,
): Meeting {
  if (meeting.work?.flow === "join") return beginWork(meeting, joinFlow, {}, deps.clock);
  const booking = meeting.booking;
  if (meeting.status !== "booked" || !booking)
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "join" });
  const household = householdOf(meeting, reply.carerId);
  if (household === undefined) throw new MeetingError({ code: "noCarer", carerId: reply.carerId });
  if (booking.households.includes(household)) return meeting;
  const bookedIndex = (meeting.offer?.slots ?? []).findIndex((s) => s.start === booking.slot.start);
  if (reply.answer.choice !== null && reply.answer.choice !== bookedIndex + 1)
    throw new MeetingError({ code: "differentTime", booked: booking.slot });
  const answered = withReply(meeting, {
    carerId: reply.carerId,
    round: round(meeting),
    answer: reply.answer,
    receivedAt: instant(deps.clock.now()),
  });
  return beginWork(answered, joinFlow, { carerId: reply.carerId, households: [household] }, deps.clock);
}

/**
 * The booked slot in a room with what every household now on it asked for: a household joining
 * that needs a hearing loop moves the meeting to a free room that has one. None free: the join
 * stops with the meeting as booked (the household's answer kept) and staff are told which features
 * no free room has.
 */
async function roomForJoin(meeting: Meeting, households: readonly string[], deps: MeetingDeps) {
  const booking = meeting.booking;
  if (!booking) throw new MeetingError({ code: "wrongState", status: meeting.status, action: "join" });
  try {
    return await roomForNeeds(meeting, booking.slot, households, deps);
  } catch (e) {
    if (!isMeetingError(e, "noSuitableRoom")) throw e;
    throw new StopFlow({ ...meeting, status: "booked", work: undefined }, e.problem);
  }
}

/**
 * Puts the household on the event (Graph sends them the invitation), with a Teams link if they
 * need one, and in a room with what they asked for (the event's room changes with it).
 */
export const inviteHousehold: Step<MeetingDeps> = {
  name: "inviteHousehold",
  async run(meeting, deps) {
    const booking = meeting.booking;
    const household = joiningHousehold(meeting);
    if (!booking?.eventId || booking.households.includes(household)) return meeting;
    const households = [...booking.households, household];
    const online = booking.online || needsOnline(meeting, households);
    const slot = await roomForJoin(meeting, households, deps);
    const moved = slot.roomEmail !== booking.slot.roomEmail;
    // PATCH with the whole attendee list is safe to repeat: the same list gives the same event.
    const event = await deps.calendar.update(booking.eventId, {
      attendees: eventAttendees(meeting, households, slot),
      ...(moved && slot.roomEmail ? { location: { name: slot.roomName ?? "", email: slot.roomEmail } } : {}),
      ...(online && !booking.online ? { online: true } : {}),
    });
    const next = {
      ...meeting,
      booking: { ...booking, slot, households, online, joinUrl: event.joinUrl ?? booking.joinUrl },
    };
    // Remembered for the timeline: the room changed for this household's needs.
    return moved ? markDone(next, [`join:${round(meeting)}:room:${household}`]) : next;
  },
};

export const confirmJoined: Step<MeetingDeps> = {
  name: "confirmJoined",
  async run(meeting, deps, ctx) {
    const household = joiningHousehold(meeting);
    const keys = await Promise.all(
      carersOf(meeting, household).map((c) =>
        // A second confirmation for the same carer carries its own reference, so Sent Items can tell them apart.
        sendOnce(meeting, deps, ctx, `join:${round(meeting)}:mail:${c.id}`, {
          ...confirmationFor(meeting, c, deps),
          reference: `${c.ref}-joined`,
        }),
      ),
    );
    return markDone(meeting, keys);
  },
};

export const logJoined: Step<MeetingDeps> = {
  name: "logJoined",
  run(meeting, deps, ctx) {
    const household = joiningHousehold(meeting);
    const reply = replyOf(meeting, household);
    const at = deps.clock.now();
    const r = round(meeting);
    return logOnce(meeting, deps, ctx, [
      ...(reply
        ? [
            {
              key: `join:${r}:log:reply:${reply.carerId}`,
              at,
              kind: "reply" as const,
              ...replyText(meeting, reply, deps.schoolZone),
            },
          ]
        : []),
      {
        key: `join:${r}:log:${household}`,
        at,
        kind: "booking" as const,
        ...joinedText(carersOf(meeting, household), wantsOnline(reply)),
      },
      ...(meeting.done.includes(`join:${r}:room:${household}`) && meeting.booking?.slot.roomName
        ? [
            {
              key: `join:${r}:log:room:${household}`,
              at,
              kind: "booking" as const,
              ...roomChangedText(
                meeting.booking.slot.roomName,
                carersOf(meeting, household),
                featuresAskedBy(meeting, [household]),
              ),
            },
          ]
        : []),
    ]);
  },
};

/** Adds a household to a booked meeting: the event, their own confirmation, the timeline. */
export const joinFlow: Flow<MeetingDeps> = {
  name: "join",
  status: "booking",
  steps: [inviteHousehold, together("tellAndLog", confirmJoined, logJoined)],
  finish: (m) => withRequestedAdjustments({ ...m, status: "booked", work: undefined }),
};
