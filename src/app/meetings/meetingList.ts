import { carersOf, households, replyOf } from "../../domain/meetings/households";
import type { Meeting } from "../../domain/meetings/meeting";
import type { Attention, MeetingListItem } from "../../domain/meetings/meetingActions";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import type { MeetingItem } from "../../domain/ports/records";
import type { Child } from "../../domain/school/people";
import { DAY_MS } from "../../domain/time/instant";

/** How long without a reply before we suggest a friendly chase. */
export const CHASE_AFTER_DAYS = 5;

function attentionFor(m: Meeting, now: number): Attention[] {
  const out: Attention[] = [];
  if (m.work) out.push({ kind: "interrupted", flow: m.work.flow });
  const waiting = m.status === "offered" || m.status === "rescheduling";
  if (waiting && m.offer && m.replies.every((r) => r.round !== m.offer?.round)) {
    const since = m.chases.at(-1) ?? m.offer.sentAt;
    const days = Math.floor((now - since) / DAY_MS);
    if (days >= CHASE_AFTER_DAYS) out.push({ kind: "chaseDue", days });
  }
  if (m.status === "booked" && m.booking) {
    const outside = households(m).filter((h) => !m.booking?.households.includes(h) && !replyOf(m, h));
    if (outside.length)
      out.push({
        kind: "householdsOutstanding",
        carers: outside.flatMap((h) => carersOf(m, h).map((c) => c.name)),
      });
  }
  return out;
}

/** Every record as a list row: readable ones with what needs attention, unreadable ones said plainly. */
export function listItems(
  items: readonly MeetingItem[],
  children: readonly Child[],
  now: number,
): MeetingListItem[] {
  const name = (id: string) => children.find((c) => c.id === id)?.name ?? id;
  return items
    .map((item): MeetingListItem => {
      const read = readMeeting(item);
      return read.ok
        ? {
            kind: "meeting",
            id: item.id,
            childName: name(read.stored.meeting.childId),
            stored: read.stored,
            attention: attentionFor(read.stored.meeting, now),
          }
        : {
            kind: "unreadable",
            id: item.id,
            childId: item.childId,
            childName: name(item.childId),
            problem: read.problem,
          };
    })
    .sort((a, b) => Number(b.id) - Number(a.id) || b.id.localeCompare(a.id));
}
