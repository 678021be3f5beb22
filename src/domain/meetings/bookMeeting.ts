import { isServiceError } from "../errors";
import type { ConfirmationText } from "../offers/confirmationText";
import { escapeHtml } from "../offers/escapeHtml";
import { slotLabel } from "../offers/offerEmail";
import { textDirection } from "../offers/textDirection";
import type { Calendar, CalendarEvent } from "../ports/calendar";
import type { FreeBusy } from "../ports/free-busy";
import type { Mail } from "../ports/mail";
import type { MeetingRecord, Records, Versioned } from "../ports/records";
import type { ReplyAnswer } from "../replies/replyAnswer";
import type { Clock } from "../time/clock";
import { instant } from "../time/instant";
import { adjustmentSummary } from "./adjustmentSummary";
import { type MeetingPlan, type PlanSlot, planFromJson, planToJson } from "./meetingPlan";
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
}

export type BookOutcome =
  | { readonly kind: "booked"; readonly event: CalendarEvent; readonly record: Versioned<MeetingRecord> }
  /** Someone or the room is no longer free; `busy` names who. */
  | { readonly kind: "taken"; readonly busy: readonly string[]; readonly slot: PlanSlot };

/** The neutral subject free/busy may show: the carer's name only, never the child's or a need. */
export function neutralSubject(carerName: string): string {
  return `Family meeting – ${carerName}`;
}

async function whoIsBusy(deps: BookDeps, plan: MeetingPlan, slot: PlanSlot): Promise<string[]> {
  const required = plan.invitees.filter((i) => i.required);
  const addresses = [...required.map((i) => i.email), ...(slot.roomEmail ? [slot.roomEmail] : [])];
  const schedules = await deps.freeBusy.schedules(addresses, slot.start, slot.end);
  const ownHold = (start: number, end: number, status: string) =>
    status === "tentative" && plan.slots.some((s) => s.start === start && s.end === end);
  return schedules
    .filter((s) =>
      s.busy.some(
        (b) =>
          b.status !== "free" &&
          b.start < slot.end &&
          b.end > slot.start &&
          !(s.address === deps.sender.email.toLowerCase() && ownHold(b.start, b.end, b.status)),
      ),
    )
    .map(
      (s) => required.find((i) => i.email.toLowerCase() === s.address)?.name ?? slot.roomName ?? s.address,
    );
}

/**
 * Books the time the family chose: checks fresh free/busy, creates one private event (idempotent by
 * transactionId) with staff, carers, the supporter if they may see the papers, and the room; a room
 * that declines means someone else took it. Then releases holds, confirms to the family in their
 * language and writes the timeline. Calling again after any failure completes without duplicates.
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
  const slot = plan.slots[choice.slot];
  if (!slot) throw new RangeError(`There is no offered time ${choice.slot + 1}.`);
  const carer = plan.carers.find((c) => c.id === choice.carerId) ?? plan.carers[0];
  if (!carer) throw new RangeError("This offer has no carer to book with.");

  let event: CalendarEvent | undefined;
  if (!plan.booking) {
    const busy = await whoIsBusy(deps, plan, slot);
    if (busy.length > 0) return { kind: "taken", busy, slot };
    // We hold no address for a supporter; the invitation names them so everyone knows who is coming.
    const supporter = choice.answer?.supporter;
    event = await deps.calendar.create(
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
          ...plan.carers.map((c) => ({ name: c.name, email: c.email, type: "required" as const })),
          ...(slot.roomEmail
            ? [{ name: slot.roomName ?? "", email: slot.roomEmail, type: "resource" as const }]
            : []),
        ],
        location: slot.roomEmail ? { name: slot.roomName ?? "", email: slot.roomEmail } : undefined,
        online: plan.format !== "inPerson" || Boolean(choice.answer?.adjustments.includes("online")),
        hold: false,
      },
      `${meetingId}-booking`,
    );
    const room = event.attendees.find((a) => a.type === "resource");
    if (room?.response === "declined") {
      // Someone else booked the room at the same moment: take ours back and say so.
      await deps.calendar.cancel(event.id, "This room was booked by someone else at the same time.");
      return { kind: "taken", busy: [slot.roomName ?? "The room"], slot };
    }
    plan = {
      ...plan,
      booking: { eventId: event.id, slot },
      reply:
        plan.reply ??
        (choice.answer
          ? { carerId: carer.id, answerJson: JSON.stringify(choice.answer), receivedAt: deps.clock.now() }
          : undefined),
    };
    saved = await deps.records.saveMeeting(
      { ...saved.value, status: "booked", updatedAt: instant(deps.clock.now()), data: planToJson(plan) },
      saved.version,
    );
  }
  const save = async () => {
    saved = await deps.records.saveMeeting(
      { ...saved.value, updatedAt: instant(deps.clock.now()), data: planToJson(plan) },
      saved.version,
    );
  };

  for (const hold of plan.holds) {
    try {
      await deps.calendar.cancel(hold.eventId, "Released: the family chose a time.");
    } catch (e) {
      if (!isServiceError(e, "notFound")) throw e;
    }
  }
  if (plan.holds.length > 0) {
    plan = { ...plan, holds: [] };
    await save();
  }

  const answer = choice.answer;
  const needs = adjustmentSummary(answer);
  for (const c of plan.carers) {
    if (plan.confirmed.includes(c.id)) continue;
    const t = deps.confirmationText(c.lang);
    const e = escapeHtml;
    const when = slotLabel(slot.start, slot.end, c.zone, c.lang);
    const html = [
      `<div dir="${textDirection(c.lang)}" lang="${e(c.lang)}" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
      `<p>${e(t.greeting(c.name))}</p>`,
      `<p>${e(t.booked(when))}</p>`,
      slot.roomName ? `<p>${e(t.where(slot.roomName))}</p>` : "",
      plan.format !== "inPerson" ? `<p>${e(t.online)}</p>` : "",
      needs.length
        ? `<p>${e(t.adjustments)}</p><ul>${needs.map((n) => `<li>${e(n)}</li>`).join("")}</ul>`
        : "",
      answer?.supporter ? `<p>${e(t.supporter(answer.supporter.name))}</p>` : "",
      `<p>${e(t.papers)}</p>`,
      `<p>${e(t.change(deps.school.name, deps.school.phone))}</p>`,
      `<p>${e(t.signOff)}<br>${e(deps.sender.name)}<br>${e(deps.school.name)}</p>`,
      "</div>",
    ].join("\n");
    await deps.mail.send({
      to: [{ name: c.name, email: c.email }],
      cc: [],
      subject: `${t.subject(deps.school.name)} [${c.ref}]`,
      html,
      reference: `${c.ref}-booked`,
    });
    plan = { ...plan, confirmed: [...plan.confirmed, c.id] };
    await save();
  }

  if (!plan.logged) {
    const at = deps.clock.now();
    const when = slotLabel(slot.start, slot.end, "Europe/London", "en-GB");
    const entries = [
      ...(answer
        ? [{ kind: "reply" as const, summary: `${carer.name} chose ${when}`, details: answer.message }]
        : []),
      {
        kind: "booking" as const,
        summary: `Meeting booked for ${when}${slot.roomName ? `, ${slot.roomName}` : ""}`,
        details: "",
      },
      ...needs.map((n) => ({ kind: "adjustment" as const, summary: `To arrange: ${n}`, details: "" })),
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
    await save();
  }
  return {
    kind: "booked",
    event: event ?? {
      id: plan.booking?.eventId ?? "",
      start: slot.start,
      end: slot.end,
      joinUrl: undefined,
      attendees: [],
    },
    record: saved,
  };
}
