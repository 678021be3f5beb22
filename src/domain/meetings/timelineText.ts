import { FEATURE_NEEDS } from "../scheduling/explanationText";
import type { RoomFeature } from "../school/people";
import { formatSlot } from "../time/format";
import { requestsOf } from "./households";
import type { HouseholdReply, Meeting, MeetingCarer, MeetingSlot } from "./meeting";

/**
 * The timeline's words for each step of a meeting, in one place. Plain English for staff; the
 * family's own words are quoted as written, never interpreted as HTML.
 */
export function when(slot: MeetingSlot, zone: string): string {
  return `${formatSlot(slot.start, slot.end, zone, "en-GB")}${slot.roomName ? `, ${slot.roomName}` : ""}`;
}

const names = (carers: readonly MeetingCarer[]) => carers.map((c) => c.name).join(" and ");

export function offerSentText(meeting: Meeting, carer: MeetingCarer) {
  const n = meeting.offer?.slots.length ?? 0;
  return {
    summary: `${n} ${n === 1 ? "time" : "times"} offered to ${carer.name}`,
    details: `Reference ${carer.ref}; email in ${carer.lang}.${meeting.replacing ? " The meeting already booked stays until a new time is booked." : ""}`,
  };
}

export function replyText(meeting: Meeting, reply: HouseholdReply, zone: string) {
  const carer = meeting.carers.find((c) => c.id === reply.carerId);
  const who = carer?.name ?? "A carer";
  const chosen = reply.answer.choice === null ? undefined : meeting.offer?.slots[reply.answer.choice - 1];
  const asks = requestsOf(reply);
  const s = reply.answer.supporter;
  const parts = [
    chosen ? `${who} chose ${when(chosen, zone)}` : `${who} said none of the times work`,
    ...(asks.length ? [`asks for ${asks.join(", ")}`] : []),
    ...(s
      ? [
          `bringing ${s.name} (${s.relationship}); papers ${s.sharePapers ? "may" : "may not"} be shared with them${s.sharePapers && s.email ? `, invited at ${s.email}` : ""}`,
        ]
      : []),
  ];
  return {
    summary: parts.join("; "),
    details: [
      reply.answer.availability && `They can do: ${reply.answer.availability}`,
      reply.answer.speakingOrder !== "noPreference" &&
        `Would like to speak ${reply.answer.speakingOrder === "first" ? "first" : "after the staff"}.`,
      reply.answer.message && `Their message: ${reply.answer.message}`,
    ]
      .filter(Boolean)
      .join("\n"),
  };
}

export function bookedText(
  meeting: Meeting,
  slot: MeetingSlot,
  invited: readonly MeetingCarer[],
  zone: string,
) {
  const online = meeting.booking?.online ?? false;
  const extra = meeting.work?.extendBy ?? 0;
  return {
    summary: `Meeting booked for ${when(slot, zone)}${invited.length ? `, with ${names(invited)}` : ""}`,
    details: [
      extra > 0
        ? `${extra} minutes longer than the time offered, for what the family asked in their reply.`
        : "",
      online ? "A Teams link is on the invitation." : "",
      meeting.keepApart ? "Households are invited separately and do not see each other's details." : "",
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export function joinedText(carers: readonly MeetingCarer[], online: boolean) {
  return {
    summary: `${names(carers)} added to the meeting${online ? ", joining online" : ""}`,
    details: "",
  };
}

/** The meeting moved to another room for what a household joining it asked for. */
export function roomChangedText(
  room: string,
  carers: readonly MeetingCarer[],
  features: readonly RoomFeature[],
) {
  const what = features.map((f) => FEATURE_NEEDS[f]).join(", ");
  return {
    summary: `Moved to ${room}: it has what ${names(carers)} asked for (${what})`,
    details: "The event's room was changed; everyone invited was sent the update.",
  };
}

export function cancelledText(slot: MeetingSlot | undefined, reason: string, zone: string) {
  return {
    summary: slot ? `Meeting on ${when(slot, zone)} cancelled` : "Meeting cancelled",
    details: reason ? `Reason given to the family: ${reason}` : "",
  };
}

export function withdrawnText(reason: string) {
  return {
    summary: "Offered times withdrawn; the family was told",
    details: reason ? `Reason given to the family: ${reason}` : "",
  };
}

export function chasedText(carers: readonly MeetingCarer[], sequence: number) {
  return { summary: `Reminder ${sequence} sent to ${names(carers)}`, details: "" };
}

export function expiredText() {
  return {
    summary: "The offered times expired without a booking",
    details: "Any calendar holds were released.",
  };
}

export function movedText(from: MeetingSlot, zone: string) {
  return {
    summary: `Meeting on ${when(from, zone)} moved`,
    details: "The earlier booking was released once the new time was booked.",
  };
}
