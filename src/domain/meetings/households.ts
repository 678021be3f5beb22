import { meetingNeeds } from "../adjustments/meetingNeeds";
import { instant } from "../time/instant";
import { adjustmentSummary } from "./adjustmentSummary";
import type { HouseholdReply, Meeting, MeetingCarer, MeetingSlot } from "./meeting";

/** The carers who share a carer's household (separated parents each have their own). */
export function carersOf(meeting: Meeting, household: string): MeetingCarer[] {
  return meeting.carers.filter((c) => c.household === household);
}

export function householdOf(meeting: Meeting, carerId: string): string | undefined {
  return meeting.carers.find((c) => c.id === carerId)?.household;
}

/** Each household once, in the order the school lists its carers. */
export function households(meeting: Meeting): string[] {
  return [...new Set(meeting.carers.map((c) => c.household))];
}

/** A household's latest answer to the current offer, from any of its carers. */
export function replyOf(meeting: Meeting, household: string): HouseholdReply | undefined {
  const round = meeting.offer?.round ?? 1;
  const ids = new Set(carersOf(meeting, household).map((c) => c.id));
  return meeting.replies
    .filter((r) => r.round === round && ids.has(r.carerId))
    .reduce<HouseholdReply | undefined>((a, r) => (!a || r.receivedAt >= a.receivedAt ? r : a), undefined);
}

/** Keeps a household's answer, replacing an earlier one from the same carer in the same round. */
export function withReply(meeting: Meeting, reply: HouseholdReply): Meeting {
  const others = meeting.replies.filter((r) => !(r.carerId === reply.carerId && r.round === reply.round));
  return { ...meeting, replies: [...others, reply] };
}

export function wantsOnline(reply: HouseholdReply | undefined): boolean {
  return reply?.answer.adjustments.includes("online") ?? false;
}

/** What a household asked for, as lines someone must arrange (plain text). */
export function requestsOf(reply: HouseholdReply | undefined): string[] {
  return adjustmentSummary(reply?.answer);
}

/** Whether the meeting needs a Teams link: online for anyone makes it so. */
export function needsOnline(meeting: Meeting, invited: readonly string[]): boolean {
  return meeting.format !== "inPerson" || invited.some((h) => wantsOnline(replyOf(meeting, h)));
}

/**
 * Minutes the invited households' replies add to the meeting: an interpreter, a longer meeting
 * or breaks asked for in a reply, beyond what the offered times already allowed for.
 */
export function extraMinutes(meeting: Meeting, invited: readonly string[]): number {
  const offer = meeting.offer;
  if (!offer) return 0;
  const asked = invited.flatMap((h) => replyOf(meeting, h)?.answer.adjustments ?? []);
  const all = meetingNeeds([...offer.allowedFor, ...asked], offer.baseMinutes).extraMinutes;
  return Math.max(0, all - meetingNeeds(offer.allowedFor, offer.baseMinutes).extraMinutes);
}

/** The offered time, made longer by `minutes`. */
export function lengthened(slot: MeetingSlot, minutes: number): MeetingSlot {
  return minutes > 0 ? { ...slot, end: instant(slot.end + minutes * 60_000) } : slot;
}
