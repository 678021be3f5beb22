import { isServiceError } from "../errors";
import { confirmationEmail } from "../offers/confirmationEmail";
import type { ConfirmationText } from "../offers/confirmationText";
import { escapeHtml } from "../offers/escapeHtml";
import { slotLabel } from "../offers/offerEmail";
import type { Calendar, CalendarEvent } from "../ports/calendar";
import type { FreeBusy } from "../ports/free-busy";
import type { Mail } from "../ports/mail";
import type { MeetingRecord, Records, Versioned } from "../ports/records";
import type { ReplyAnswer } from "../replies/replyAnswer";
import type { Clock } from "../time/clock";
import { instant } from "../time/instant";
import { adjustmentSummary } from "./adjustmentSummary";
import { type MeetingPlan, type PlanCarer, type PlanSlot, planFromJson, planToJson } from "./meetingPlan";
import type { SchoolContact } from "./sendOffer";

export interface BookDeps {
  readonly records: Records;
  readonly calendar: Calendar;
  readonly freeBusy: FreeBusy;
  readonly mail: Mail;
  readonly clock: Clock;
  readonly school: SchoolContact;
  readonly sender: { readonly name: string; readonly email: string };
  readonly confirmationText: (lang: string) => ConfirmationText;
  /** The school's zone, for the timeline's wording. */
  readonly schoolZone: string;
  /** Waits before asking again whether the room accepted (rooms answer a moment later). */
  readonly pause: (ms: number) => Promise<void>;
}

const ROOM_ANSWERED = new Set(["accepted", "declined", "tentativelyAccepted"]);

/** The room's answer to our invitation, asking a few times while it has not answered yet. */
async function roomAnswer(deps: BookDeps, event: CalendarEvent): Promise<string> {
  let answer = event.attendees.find((a) => a.type === "resource")?.response ?? "accepted";
  for (let attempt = 1; attempt <= 4 && !ROOM_ANSWERED.has(answer); attempt++) {
    if (attempt > 1) await deps.pause(1000 * attempt);
    answer =
      (await deps.calendar.get(event.id)).attendees.find((a) => a.type === "resource")?.response ??
      "accepted";
  }
  return answer;
}

export type BookOutcome =
  | { readonly kind: "booked"; readonly slot: PlanSlot; readonly record: Versioned<MeetingRecord> }
  /** Someone or the room is no longer free (or a calendar could not be read); `busy` names who. */
  | { readonly kind: "taken"; readonly busy: readonly string[]; readonly slot: PlanSlot }
  | { readonly kind: "passed"; readonly slot: PlanSlot };

/** The neutral subject free/busy may show: the carer's name only, never the child's or a need. */
export function neutralSubject(carerName: string): string {
  return `Family meeting – ${carerName}`;
}

/** Who is not free for `slot`; an unreadable calendar counts as not free. Our own holds do not count. */
async function whoIsBusy(deps: BookDeps, plan: MeetingPlan, slot: PlanSlot): Promise<string[]> {
  const required = plan.invitees.filter((i) => i.required);
  const addresses = [...required.map((i) => i.email), ...(slot.roomEmail ? [slot.roomEmail] : [])];
  const schedules = await deps.freeBusy.schedules(addresses, slot.start, slot.end);
  const organizer = (plan.organizer || deps.sender.email).toLowerCase();
  const ownHold = (address: string, start: number, end: number, status: string) =>
    address === organizer &&
    status === "tentative" &&
    plan.slots.some((s) => s.start === start && s.end === end);
  return schedules
    .filter(
      (s) =>
        s.error !== undefined ||
        s.busy.some(
          (b) =>
            b.status !== "free" &&
            b.start < slot.end &&
            b.end > slot.start &&
            !ownHold(s.address, b.start, b.end, b.status),
        ),
    )
    .map(
      (s) => required.find((i) => i.email.toLowerCase() === s.address)?.name ?? slot.roomName ?? s.address,
    );
}

function householdOf(plan: MeetingPlan, carer: PlanCarer): PlanCarer[] {
  return plan.carers.filter((c) => c.household === carer.household);
}

/**
 * Books the time the family chose. Fresh free/busy is checked first; then the choice is saved
 * before the event is created (idempotent by transactionId), so a retry resumes the same booking
 * rather than finding our own event in the way. The event holds staff, the replying household and
 * the room; other households are told by their own confirmation, so separated parents never see
 * each other's address or requests. Then holds are released, confirmations sent and the timeline
 * written, each step saved so calling again finishes without doing anything twice.
 */
export async function bookMeeting(
  deps: BookDeps,
  meetingId: string,
  choice: { readonly slot: number; readonly carerId: string; readonly answer: ReplyAnswer | undefined },
): Promise<BookOutcome> {
  let saved = await deps.records.meeting(meetingId);
  const loaded = planFromJson(saved.value.data);
  if (!loaded) throw new RangeError("This meeting record cannot be read. It may have been edited by hand.");
  let plan: MeetingPlan = loaded;
  const save = async (status: string) => {
    saved = await deps.records.saveMeeting(
      { ...saved.value, status, updatedAt: instant(deps.clock.now()), data: planToJson(plan) },
      saved.version,
    );
  };

  // A booking already under way is finished as it was started, whatever was clicked this time.
  const index = plan.booking
    ? plan.slots.findIndex((s) => s.start === plan.booking?.slot.start)
    : (plan.bookingStarted ?? choice.slot);
  const slot = plan.booking?.slot ?? plan.slots[index];
  if (!slot) throw new RangeError(`There is no offered time ${choice.slot + 1}.`);
  const answer = plan.reply ? (JSON.parse(plan.reply.answerJson) as ReplyAnswer) : choice.answer;
  const carer = plan.carers.find((c) => c.id === (plan.reply?.carerId ?? choice.carerId)) ?? plan.carers[0];
  if (!carer) throw new RangeError("This offer has no carer to book with.");

  if (!plan.booking && plan.bookingStarted === undefined) {
    if (slot.start <= deps.clock.now()) return { kind: "passed", slot };
    const busy = await whoIsBusy(deps, plan, slot);
    if (busy.length > 0) return { kind: "taken", busy, slot };
    plan = {
      ...plan,
      bookingStarted: index,
      reply: answer
        ? { carerId: carer.id, answerJson: JSON.stringify(answer), receivedAt: deps.clock.now() }
        : undefined,
    };
    await save("booking");
  }

  const online = plan.format !== "inPerson" || Boolean(answer?.adjustments.includes("online"));
  if (!plan.booking) {
    // We hold no address for a supporter; the invitation names them so staff know who is coming.
    const supporter = answer?.supporter;
    const event: CalendarEvent = await deps.calendar.create(
      {
        subject: neutralSubject(carer.name),
        bodyHtml: [
          `<p>${escapeHtml(`A meeting ${plan.purpose}.`)}</p>`,
          supporter
            ? `<p>${escapeHtml(`${carer.name} is bringing ${supporter.name} (${supporter.relationship}); papers ${supporter.sharePapers ? "may" : "may not"} be shared with them.`)}</p>`
            : "",
        ].join(""),
        start: slot.start,
        end: slot.end,
        attendees: [
          ...plan.invitees.map((i) => ({
            name: i.name,
            email: i.email,
            type: i.required ? ("required" as const) : ("optional" as const),
          })),
          ...householdOf(plan, carer).map((c) => ({
            name: c.name,
            email: c.email,
            type: "required" as const,
          })),
          ...(slot.roomEmail
            ? [{ name: slot.roomName ?? "", email: slot.roomEmail, type: "resource" as const }]
            : []),
        ],
        location: slot.roomEmail ? { name: slot.roomName ?? "", email: slot.roomEmail } : undefined,
        online,
        hold: false,
      },
      `${meetingId}-booking-${index}`,
    );
    if ((await roomAnswer(deps, event)) === "declined") {
      // Someone else booked the room at the same moment: take ours back and say so.
      await deps.calendar.cancel(event.id, "This room was booked by someone else at the same time.");
      plan = { ...plan, bookingStarted: undefined };
      await save("offered");
      return { kind: "taken", busy: [slot.roomName ?? "The room"], slot };
    }
    plan = { ...plan, booking: { eventId: event.id, slot } };
    await save("booking");
  }

  for (const hold of plan.holds) {
    try {
      await deps.calendar.cancel(hold.eventId, "Released: the family chose a time.");
    } catch (e) {
      if (!isServiceError(e, "notFound")) throw e;
    }
  }
  if (plan.holds.length > 0) {
    plan = { ...plan, holds: [] };
    await save("booking");
  }

  const requests = adjustmentSummary(answer);
  const household = new Set(householdOf(plan, carer).map((c) => c.id));
  for (const c of plan.carers) {
    if (plan.confirmed.includes(c.id)) continue;
    const mine = household.has(c.id);
    const email = confirmationEmail({
      carer: c,
      slot,
      online,
      theirRequests: mine ? requests : [],
      theirSupporter: mine ? answer?.supporter?.name : undefined,
      school: deps.school,
      senderName: deps.sender.name,
      text: deps.confirmationText(c.lang),
    });
    await deps.mail.send({
      to: [{ name: c.name, email: c.email }],
      cc: [],
      subject: email.subject,
      html: email.html,
      reference: `${c.ref}-booked`,
    });
    plan = { ...plan, confirmed: [...plan.confirmed, c.id] };
    await save("booking");
  }

  if (!plan.logged) {
    const at = deps.clock.now();
    const when = slotLabel(slot.start, slot.end, deps.schoolZone, "en-GB");
    const entries = [
      ...(answer
        ? [{ kind: "reply" as const, summary: `${carer.name} chose ${when}`, details: answer.message }]
        : []),
      {
        kind: "booking" as const,
        summary: `Meeting booked for ${when}${slot.roomName ? `, ${slot.roomName}` : ""}`,
        details: "",
      },
      ...requests.map((n) => ({ kind: "adjustment" as const, summary: `To arrange: ${n}`, details: "" })),
      ...(answer?.supporter
        ? [
            {
              kind: "note" as const,
              summary: `${carer.name} will bring ${answer.supporter.name} (${answer.supporter.relationship})`,
              details: answer.supporter.sharePapers
                ? "Papers may be shared with them."
                : "Papers are not to be shared with them.",
            },
          ]
        : []),
    ];
    for (const entry of entries)
      await deps.records.addTimelineEntry({
        childId: plan.childId,
        at,
        meetingRef: saved.value.id,
        ...entry,
      });
    plan = { ...plan, logged: true };
  }
  await save("booked");
  return { kind: "booked", slot, record: saved };
}
