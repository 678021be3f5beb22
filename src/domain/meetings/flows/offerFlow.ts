import { newReference } from "../../offers/offerLink";
import type { AdjustmentCode } from "../../replies/replyAnswer";
import type { Carer } from "../../school/people";
import { DAY_MS, instant } from "../../time/instant";
import type {
  Meeting,
  MeetingCarer,
  MeetingFormat,
  MeetingInvitee,
  MeetingSlot,
  MeetingWork,
} from "../meeting";
import { MeetingError } from "../meetingError";
import { offerSentText } from "../timelineText";
import { logOnce, markDone, sendOnce } from "./effects";
import type { MeetingDeps } from "./flowDeps";
import { offerEmailFor, offerLink } from "./offerEmails";
import type { Flow, Step } from "./runFlow";

/** What staff chose on the find-times screen, to offer to the family. */
export interface OfferDraft {
  readonly childId: string;
  readonly typeId: string;
  readonly purpose: string;
  readonly note: string;
  readonly format: MeetingFormat;
  readonly invitees: readonly MeetingInvitee[];
  readonly carers: readonly Carer[];
  readonly slots: readonly MeetingSlot[];
  /** Put tentative, private holds on the organiser's calendar for the offered times. */
  readonly holds: boolean;
  readonly keepApart: boolean;
  /** The length staff asked for, and the adjustments the found times already allow for. */
  readonly baseMinutes: number;
  readonly allowedFor: readonly AdjustmentCode[];
}

export const OFFER_LIFETIME_MS = 21 * DAY_MS;

function carersFor(draft: OfferDraft, random: () => number): MeetingCarer[] {
  return draft.carers.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    lang: c.preferredLanguage,
    zone: c.timeZone ?? "Europe/London",
    household: c.household,
    ref: newReference(random),
  }));
}

function offerFor(draft: OfferDraft, round: number, now: number) {
  if (draft.slots.length === 0) throw new MeetingError({ code: "noTimes" });
  return {
    round,
    slots: draft.slots,
    wantHolds: draft.holds,
    holds: [],
    sentAt: instant(now),
    expires: instant(Math.min(now + OFFER_LIFETIME_MS, Math.max(...draft.slots.map((s) => s.start)))),
    baseMinutes: draft.baseMinutes,
    allowedFor: draft.allowedFor,
  };
}

/** The offer flow, begun: saved with the record before anything is sent. */
function offerWork(now: number): MeetingWork {
  return {
    flow: "offer",
    attempt: 1,
    startedAt: instant(now),
    slot: undefined,
    carerId: undefined,
    reason: "",
    households: [],
    extendBy: 0,
  };
}

/** A new meeting record for an offer, before anything is sent. */
export function newMeeting(
  draft: OfferDraft,
  deps: Pick<MeetingDeps, "clock" | "random" | "sender">,
): Meeting {
  const now = deps.clock.now();
  return {
    v: 2,
    status: "offering",
    childId: draft.childId,
    typeId: draft.typeId,
    purpose: draft.purpose,
    note: draft.note,
    format: draft.format,
    keepApart: draft.keepApart,
    organizer: deps.sender.email.toLowerCase(),
    invitees: draft.invitees,
    carers: carersFor(draft, deps.random),
    createdAt: instant(now),
    offer: offerFor(draft, 1, now),
    replies: [],
    booking: undefined,
    replacing: undefined,
    endReason: "",
    chases: [],
    done: [],
    work: offerWork(now),
  };
}

/**
 * A booked meeting that must move: new times are offered as a new round (new references, so old
 * replies are not mistaken for answers), and the booking is kept until a new time is booked.
 */
export function rescheduled(
  meeting: Meeting,
  draft: OfferDraft,
  deps: Pick<MeetingDeps, "clock" | "random">,
): Meeting {
  if (meeting.status !== "booked" || !meeting.booking)
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "reschedule" });
  if (meeting.work) throw new MeetingError({ code: "otherWorkUnderway", flow: meeting.work.flow });
  const now = deps.clock.now();
  return {
    ...meeting,
    status: "offering",
    purpose: draft.purpose,
    note: draft.note,
    format: draft.format,
    invitees: draft.invitees,
    carers: carersFor(draft, deps.random),
    offer: offerFor(draft, (meeting.offer?.round ?? 1) + 1, now),
    booking: undefined,
    replacing: meeting.booking,
    work: offerWork(now),
  };
}

const round = (m: Meeting) => m.offer?.round ?? 1;

export const holdTimes: Step<MeetingDeps> = {
  name: "holdTimes",
  async run(meeting, deps, ctx) {
    const offer = meeting.offer;
    if (!offer?.wantHolds) return meeting;
    const todo = offer.slots.flatMap((slot, i) =>
      offer.holds.some((h) => h.slot === i) ? [] : [{ slot, i }],
    );
    if (todo.length === 0) return meeting;
    // transactionId makes each create safe to repeat: a retry gets the same hold back.
    const made = await Promise.all(
      todo.map(async ({ slot, i }) => {
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
            hideAttendees: false,
          },
          `${ctx.meetingId}-r${offer.round}-hold-${i}`,
        );
        return { slot: i, eventId: hold.id };
      }),
    );
    return {
      ...meeting,
      offer: { ...offer, holds: [...offer.holds, ...made].sort((a, b) => a.slot - b.slot) },
    };
  },
};

export const emailCarers: Step<MeetingDeps> = {
  name: "emailCarers",
  async run(meeting, deps, ctx) {
    const keys = await Promise.all(
      meeting.carers.map((carer) => {
        const email = offerEmailFor(meeting, carer, deps, offerLink(meeting, carer, deps));
        return sendOnce(meeting, deps, ctx, `offer:${round(meeting)}:mail:${carer.id}`, {
          to: [{ name: carer.name, email: carer.email }],
          cc: [],
          subject: email.subject,
          html: email.html,
          reference: carer.ref,
        });
      }),
    );
    return markDone(meeting, keys);
  },
};

export const logOffer: Step<MeetingDeps> = {
  name: "logOffer",
  run: (meeting, deps, ctx) =>
    logOnce(
      meeting,
      deps,
      ctx,
      meeting.carers.map((carer) => ({
        key: `offer:${round(meeting)}:log:${carer.id}`,
        at: deps.clock.now(),
        kind: "offer" as const,
        ...offerSentText(meeting, carer),
      })),
    ),
};

/** Offer times to every household: holds first, then one email each and the timeline. */
export const offerFlow: Flow<MeetingDeps> = {
  name: "offer",
  status: "offering",
  steps: [holdTimes, emailCarers, logOffer],
  finish: (m) => ({ ...m, status: m.replacing ? "rescheduling" : "offered", work: undefined }),
};
