import { withdrawMovedReminders } from "../../agendas/withdrawReminders";
import type { CalendarEvent } from "../../ports/calendar";
import type { ReplyAnswer } from "../../replies/replyAnswer";
import { instant } from "../../time/instant";
import {
  carersOf,
  extraMinutes,
  householdOf,
  lengthened,
  needsOnline,
  replyOf,
  withReply,
} from "../households";
import type { Meeting, MeetingSlot } from "../meeting";
import { withRequestedAdjustments } from "../meetingAdjustments";
import { MeetingError } from "../meetingError";
import { bookedText, movedText, replyText } from "../timelineText";
import { whoIsBusy } from "./availability";
import { confirmationFor } from "./confirmations";
import { cancelEvent, logOnce, markDone, releaseHolds, sendOnce } from "./effects";
import { eventAttendees, eventBody, neutralSubject } from "./eventShape";
import type { MeetingDeps } from "./flowDeps";
import { roomForNeeds } from "./roomForNeeds";
import { beginWork, type Flow, type Step, StopFlow, together } from "./runFlow";

/** A household's answer as staff confirmed it (read from the parent page's reply or their email). */
export interface ConfirmedAnswer {
  readonly carerId: string;
  readonly answer: ReplyAnswer;
}

const ROOM_ANSWERED = new Set(["accepted", "declined", "tentativelyAccepted"]);
const roomResponse = (e: CalendarEvent) =>
  e.attendees.find((a) => a.type === "resource")?.response ?? "accepted";

/** The room's answer to our invitation, asking a few times while it has not answered yet. */
async function roomAnswer(deps: MeetingDeps, event: CalendarEvent): Promise<string> {
  let answer = roomResponse(event);
  for (let attempt = 1; attempt <= 4 && !ROOM_ANSWERED.has(answer); attempt++) {
    if (attempt > 1) await deps.pause(1000 * attempt);
    answer = roomResponse(await deps.calendar.get(event.id));
  }
  return answer;
}

const round = (m: Meeting) => m.offer?.round ?? 1;

/**
 * Checks the chosen time and marks the booking as begun, with every household that accepted that
 * time. Fresh free/busy first: an unreadable calendar counts as busy. A booking already under way
 * is resumed as it was begun; one already finished is returned unchanged.
 */
export async function beginBooking(
  meeting: Meeting,
  choice: { readonly slot: number; readonly carerId: string },
  answers: readonly ConfirmedAnswer[],
  deps: MeetingDeps,
): Promise<Meeting> {
  if (meeting.work?.flow === "book") return beginWork(meeting, bookFlow, {}, deps.clock);
  // Booked already (a repeated click after the first one finished): nothing more to do.
  if (meeting.status === "booked" && !meeting.work) return meeting;
  if (meeting.status !== "offered" && meeting.status !== "rescheduling")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "book" });
  const slot = meeting.offer?.slots[choice.slot];
  if (!slot) throw new MeetingError({ code: "noSuchTime", slot: choice.slot });
  const household = householdOf(meeting, choice.carerId);
  if (household === undefined) throw new MeetingError({ code: "noCarer", carerId: choice.carerId });
  if (slot.start <= deps.clock.now()) throw new MeetingError({ code: "timePassed", slot });
  let next = meeting;
  for (const a of answers)
    next = withReply(next, {
      carerId: a.carerId,
      round: round(meeting),
      answer: a.answer,
      receivedAt: instant(deps.clock.now()),
    });
  const accepting = [...new Set(next.carers.map((c) => c.household))].filter(
    (h) => h === household || replyOf(next, h)?.answer.choice === choice.slot + 1,
  );
  // What they asked for in their replies can make the meeting longer than the time offered.
  const extendBy = extraMinutes(next, accepting);
  // A room with what they asked for (a hearing loop): the offered one if it has it, else another.
  const booked = await roomForNeeds(next, lengthened(slot, extendBy), accepting, deps);
  const busy = await whoIsBusy(meeting, deps, booked);
  if (busy.length > 0) throw new MeetingError({ code: "timeTaken", slot: booked, busy });
  if (booked.roomEmail !== slot.roomEmail) next = withRoom(next, choice.slot, booked);
  return beginWork(
    next,
    bookFlow,
    { slot: choice.slot, carerId: choice.carerId, households: accepting, extendBy },
    deps.clock,
  );
}

/** The offered time moved into another room (the offer keeps the time; the booking uses the room). */
function withRoom(meeting: Meeting, index: number, room: MeetingSlot): Meeting {
  const offer = meeting.offer;
  if (!offer) return meeting;
  const slots = offer.slots.map((s, i) =>
    i === index ? { ...s, roomEmail: room.roomEmail, roomName: room.roomName } : s,
  );
  return { ...meeting, offer: { ...offer, slots } };
}

export const createEvent: Step<MeetingDeps> = {
  name: "createEvent",
  async run(meeting, deps, ctx) {
    if (meeting.booking?.eventId) return meeting;
    const work = meeting.work;
    const offered = work?.slot === undefined ? undefined : meeting.offer?.slots[work.slot];
    if (!work || !offered) throw new MeetingError({ code: "noSuchTime", slot: work?.slot ?? -1 });
    const slot = lengthened(offered, work.extendBy);
    const online = needsOnline(meeting, work.households);
    const event = await deps.calendar.create(
      {
        subject: neutralSubject(meeting, work.households),
        bodyHtml: eventBody(meeting, work.households),
        start: slot.start,
        end: slot.end,
        attendees: eventAttendees(meeting, work.households, slot),
        location: slot.roomEmail ? { name: slot.roomName ?? "", email: slot.roomEmail } : undefined,
        online,
        hold: false,
        hideAttendees: meeting.keepApart,
      },
      `${ctx.meetingId}-r${round(meeting)}-booking-${work.slot}`,
    );
    if ((await roomAnswer(deps, event)) === "declined") {
      // Someone else booked the room at the same moment: take ours back and say so.
      await cancelEvent(deps, event.id, "This room was booked by someone else at the same time.");
      const status = meeting.replacing ? "rescheduling" : "offered";
      throw new StopFlow(
        { ...meeting, status, work: undefined },
        {
          code: "timeTaken",
          slot,
          busy: [slot.roomName ?? "The room"],
        },
      );
    }
    return {
      ...meeting,
      booking: { slot, eventId: event.id, joinUrl: event.joinUrl, households: work.households, online },
    };
  },
};

const releaseOfferHolds: Step<MeetingDeps> = {
  name: "releaseHolds",
  run: (meeting, deps) => releaseHolds(meeting, deps, "Released: the family chose a time."),
};

export const releaseReplaced: Step<MeetingDeps> = {
  name: "releaseReplaced",
  async run(meeting, deps) {
    if (!meeting.replacing?.eventId)
      return meeting.replacing ? { ...meeting, replacing: undefined } : meeting;
    await cancelEvent(
      deps,
      meeting.replacing.eventId,
      "This meeting has moved to a new time; a new invitation follows.",
    );
    return { ...meeting, replacing: undefined };
  },
};

export const confirmHouseholds: Step<MeetingDeps> = {
  name: "confirmHouseholds",
  async run(meeting, deps, ctx) {
    const keys = await Promise.all(
      meeting.carers.map((c) =>
        sendOnce(
          meeting,
          deps,
          ctx,
          `book:${round(meeting)}:mail:${c.id}`,
          confirmationFor(meeting, c, deps),
        ),
      ),
    );
    return markDone(meeting, keys);
  },
};

export const logBooking: Step<MeetingDeps> = {
  name: "logBooking",
  run(meeting, deps, ctx) {
    const booking = meeting.booking;
    if (!booking) return Promise.resolve(meeting);
    const at = deps.clock.now();
    const r = round(meeting);
    const replies = meeting.replies.filter((x) => x.round === r);
    return logOnce(meeting, deps, ctx, [
      ...replies.map((reply) => ({
        key: `book:${r}:log:reply:${reply.carerId}`,
        at,
        kind: "reply" as const,
        ...replyText(meeting, reply, deps.schoolZone),
      })),
      ...(meeting.replacing
        ? [
            {
              key: `book:${r}:log:moved`,
              at,
              kind: "booking" as const,
              ...movedText(meeting.replacing.slot, deps.schoolZone),
            },
          ]
        : []),
      {
        key: `book:${r}:log:booked`,
        at,
        kind: "booking" as const,
        ...bookedText(
          meeting,
          booking.slot,
          booking.households.flatMap((h) => carersOf(meeting, h)),
          deps.schoolZone,
        ),
      },
    ]);
  },
};

/**
 * Books the time a household chose: the event (idempotent by transactionId) with every household
 * that accepted it, then holds released, a confirmation true for each household, the timeline,
 * and — when moving a meeting — the old event released only now the new one is booked, with the
 * reminders for its day withdrawn (the agenda for the new time brings new ones).
 */
export const bookFlow: Flow<MeetingDeps> = {
  name: "book",
  status: "booking",
  steps: [
    createEvent,
    // Before the old booking is forgotten: its reminders must not reach the family the day before it.
    withdrawMovedReminders,
    together("tidyAndTell", releaseOfferHolds, releaseReplaced, confirmHouseholds, logBooking),
  ],
  finish: (m) => withRequestedAdjustments({ ...m, status: "booked", work: undefined }),
};
