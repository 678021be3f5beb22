import { offerEmail } from "../offers/offerEmail";
import type { OfferEmailText } from "../offers/offerEmailText";
import { encodeOffer, newReference } from "../offers/offerLink";
import type { OfferPayload } from "../offers/offerPayload";
import type { Calendar } from "../ports/calendar";
import type { Mail } from "../ports/mail";
import type { MeetingRecord, Records, Versioned } from "../ports/records";
import type { Carer } from "../school/people";
import type { Clock } from "../time/clock";
import { DAY_MS, instant } from "../time/instant";
import { ianaZone } from "../time/zone";
import { type MeetingPlan, type PlanInvitee, type PlanSlot, planFromJson, planToJson } from "./meetingPlan";

export interface SchoolContact {
  readonly name: string;
  readonly phone: string;
  readonly jurisdiction: "scotland" | "england";
}

export interface OfferDeps {
  readonly records: Records;
  readonly mail: Mail;
  readonly calendar: Calendar;
  readonly clock: Clock;
  readonly random: () => number;
  /** Where `parent.html` is served, e.g. `https://commonground.school.org/`. */
  readonly parentPageUrl: string;
  readonly school: SchoolContact;
  /** The member of staff sending: replies come back to them. */
  readonly sender: { readonly name: string; readonly email: string };
  readonly emailText: (lang: string) => OfferEmailText;
  /** Told of each save, so a caller can remember a half-sent offer and resume it. */
  readonly onSaved?: (record: Versioned<MeetingRecord>) => void;
}

export interface OfferDraft {
  readonly childId: string;
  readonly typeId: string;
  readonly purpose: string;
  readonly note: string;
  readonly format: MeetingPlan["format"];
  readonly invitees: readonly PlanInvitee[];
  readonly carers: readonly Carer[];
  readonly slots: readonly PlanSlot[];
  /** Put tentative, private holds on the organiser's calendar for the offered times. */
  readonly holds: boolean;
}

export const OFFER_LIFETIME_MS = 21 * DAY_MS;

function record(id: string, plan: MeetingPlan, status: string, now: number): MeetingRecord {
  return { id, childId: plan.childId, status, updatedAt: instant(now), data: planToJson(plan) };
}

/** The offer as one carer's link carries it: times, purpose, who comes, contact — nothing sensitive. */
export function offerPayloadFor(
  plan: MeetingPlan,
  carerId: string,
  deps: Pick<OfferDeps, "school" | "sender">,
): OfferPayload {
  const carer = plan.carers.find((c) => c.id === carerId);
  if (!carer) throw new RangeError(`No carer ${carerId} in this offer`);
  return {
    v: 1,
    ref: carer.ref,
    school: { name: deps.school.name, replyTo: deps.sender.email, phone: deps.school.phone },
    purpose: plan.purpose,
    people: plan.invitees.filter((i) => i.required).map((i) => ({ name: i.name, role: i.role })),
    format: plan.format,
    lang: carer.lang,
    zone: ianaZone(carer.zone),
    slots: plan.slots.map((s) => ({ start: s.start, end: s.end })),
    expires: plan.expires,
    jurisdiction: deps.school.jurisdiction,
  };
}

/**
 * Offers times to every carer, one email each (split families each get their own). Each step is
 * saved as it is done, so calling again after a failure finishes the job without sending anything
 * twice: holds carry a transactionId, and carers already sent to are skipped.
 */
export async function sendOffer(
  deps: OfferDeps,
  draft: OfferDraft,
  existing?: Versioned<MeetingRecord>,
): Promise<Versioned<MeetingRecord>> {
  const now = deps.clock.now();
  let plan: MeetingPlan =
    (existing && planFromJson(existing.value.data)) ??
    ({
      v: 1,
      childId: draft.childId,
      typeId: draft.typeId,
      purpose: draft.purpose,
      note: draft.note,
      format: draft.format,
      invitees: draft.invitees,
      carers: draft.carers.map((c) => ({
        id: c.id,
        name: c.name,
        email: c.email,
        lang: c.preferredLanguage,
        zone: c.timeZone ?? "Europe/London",
        household: c.household,
        ref: newReference(deps.random),
      })),
      slots: draft.slots,
      holds: [],
      sent: [],
      createdAt: now,
      expires: instant(Math.min(now + OFFER_LIFETIME_MS, Math.max(...draft.slots.map((s) => s.start)))),
      reply: undefined,
      organizer: deps.sender.email.toLowerCase(),
      bookingStarted: undefined,
      booking: undefined,
      confirmed: [],
      logged: false,
    } satisfies MeetingPlan);
  let saved = existing ?? (await deps.records.saveMeeting(record("", plan, "offering", now), undefined));
  deps.onSaved?.(saved);
  const save = async (status: string) => {
    saved = await deps.records.saveMeeting(
      record(saved.value.id, plan, status, deps.clock.now()),
      saved.version,
    );
    deps.onSaved?.(saved);
  };

  if (draft.holds) {
    for (const [i, slot] of plan.slots.entries()) {
      if (plan.holds.some((h) => h.slot === i)) continue;
      const hold = await deps.calendar.create(
        {
          subject: "Hold – family meeting",
          bodyHtml: "",
          start: slot.start,
          end: slot.end,
          attendees: [],
          location: undefined,
          online: false,
          hold: true,
        },
        `${saved.value.id}-hold-${i}`,
      );
      plan = { ...plan, holds: [...plan.holds, { slot: i, eventId: hold.id }] };
      await save("offering");
    }
  }

  for (const carer of plan.carers) {
    if (plan.sent.includes(carer.id)) continue;
    // Resuming after a failure: a send whose record was never saved must not go twice.
    if (existing && (await deps.mail.sentWithReference(carer.ref))) {
      plan = { ...plan, sent: [...plan.sent, carer.id] };
      await save("offering");
      continue;
    }
    // Resuming after a failure: a send whose record was never saved must not go twice.
    if (existing && (await deps.mail.sentWithReference(carer.ref))) {
      plan = { ...plan, sent: [...plan.sent, carer.id] };
      await save("offering");
      continue;
    }
    const payload = offerPayloadFor(plan, carer.id, deps);
    const email = offerEmail({
      offer: payload,
      carerName: carer.name,
      senderName: deps.sender.name,
      link: `${deps.parentPageUrl}#${encodeOffer(payload)}`,
      note: plan.note,
      text: deps.emailText(carer.lang),
    });
    await deps.mail.send({
      to: [{ name: carer.name, email: carer.email }],
      cc: [],
      subject: email.subject,
      html: email.html,
      reference: carer.ref,
    });
    plan = { ...plan, sent: [...plan.sent, carer.id] };
    await save("offering");
    await deps.records.addTimelineEntry({
      childId: plan.childId,
      at: deps.clock.now(),
      kind: "offer",
      summary: `${plan.slots.length} times offered to ${carer.name}`,
      details: `Reference ${carer.ref}.`,
      meetingRef: saved.value.id,
    });
  }
  await save("offered");
  return saved;
}
