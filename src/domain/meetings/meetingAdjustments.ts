import {
  type AdjustmentFollowUp,
  type FollowUpOutcome,
  marked,
  mergeFollowUps,
  openFollowUps,
  requestedIn,
} from "../adjustments/followUp";
import type { Recipient } from "../ports/mail";
import type { SchoolCalendar } from "../scheduling/request";
import { isSchoolDay } from "../scheduling/schoolDays";
import { type Instant, instant } from "../time/instant";
import { addDays, type LocalDate } from "../time/localDate";
import { localParts } from "../time/zonedTime";
import { replyOf } from "./households";
import type { Meeting } from "./meeting";
import { MeetingError } from "./meetingError";

/** The adjustments followed on a meeting (none on records from before they were). */
export const followUpsOf = (meeting: Meeting): readonly AdjustmentFollowUp[] => meeting.adjustments ?? [];

/**
 * The meeting with every adjustment its booked households asked for in their replies followed:
 * new ones requested, ones already followed kept as they stand.
 */
export function withRequestedAdjustments(meeting: Meeting): Meeting {
  const households = meeting.booking?.households ?? [];
  const asked = households.flatMap((h) => {
    const reply = replyOf(meeting, h);
    return reply ? requestedIn(h, reply.carerId, reply.answer) : [];
  });
  const next = mergeFollowUps(followUpsOf(meeting), asked);
  return next.length === followUpsOf(meeting).length ? meeting : { ...meeting, adjustments: next };
}

/** Marks one adjustment arranged or not possible (with a reason the family will read). */
export function markAdjustment(
  meeting: Meeting,
  id: string,
  outcome: FollowUpOutcome,
  by: string,
  at: Instant,
): Meeting {
  const items = followUpsOf(meeting);
  const item = items.find((f) => f.id === id);
  if (!item) throw new MeetingError({ code: "noSuchAdjustment", id });
  if (outcome.state === "notPossible" && outcome.reason.trim() === "")
    throw new MeetingError({ code: "reasonNeeded" });
  if (item.state === outcome.state && (outcome.state === "arranged" || outcome.reason.trim() === item.reason))
    return meeting;
  return { ...meeting, adjustments: items.map((f) => (f.id === id ? marked(f, outcome, by, at) : f)) };
}

/** Whether the meeting is ready: booked, with nothing asked for still to arrange. */
export function readiness(meeting: Meeting): {
  readonly ready: boolean;
  readonly open: AdjustmentFollowUp[];
} {
  const open = openFollowUps(followUpsOf(meeting));
  return { ready: open.length === 0, open };
}

/** The school days before a meeting that the organiser is reminded of open adjustments, unless the profile says. */
export const DEFAULT_REMINDER_SCHOOL_DAYS = 3;

/** The date `days` school days before `date` (weekends, holidays and closures are not counted). */
export function schoolDaysBefore(calendar: SchoolCalendar, date: LocalDate, days: number): LocalDate {
  let d = date;
  let counted = 0;
  // A year without school days means the calendar is wrong: stop rather than loop.
  for (let i = 0; i < 400 && counted < days; i++) {
    d = addDays(d, -1);
    if (isSchoolDay(calendar, d)) counted++;
  }
  return d;
}

/** The done key of the organiser's reminder for the meeting as booked now (a moved meeting gets its own). */
export const reminderKey = (meeting: Meeting): string =>
  `adjust:remind:${String(meeting.booking?.slot.start ?? 0)}`;

/**
 * Whether the organiser should be reminded now: booked, still to come, something still open,
 * not reminded for this time yet, and today is on or after `days` school days before the meeting.
 */
export function adjustmentReminderDue(
  meeting: Meeting,
  calendar: SchoolCalendar,
  days: number,
  now: number,
): boolean {
  const booking = meeting.booking;
  if (meeting.status !== "booked" || !booking || booking.slot.start <= now) return false;
  if (meeting.done.includes(reminderKey(meeting)) || readiness(meeting).ready) return false;
  const meetingDay = localParts(booking.slot.start, calendar.zone).date;
  const today = localParts(instant(now), calendar.zone).date;
  return today >= schoolDaysBefore(calendar, meetingDay, days);
}

/**
 * The supporters of these households who may see the papers: those with an email whom the family
 * allowed to see them. A supporter without that consent is only named. Never when households are
 * kept apart: one household's supporter is its own business.
 */
export function supportersWithConsent(meeting: Meeting, households: readonly string[]): Recipient[] {
  if (meeting.keepApart) return [];
  const out: Recipient[] = [];
  for (const h of households) {
    const s = replyOf(meeting, h)?.answer.supporter;
    const email = s?.sharePapers ? s.email?.trim() : undefined;
    if (s && email && !out.some((r) => r.email.toLowerCase() === email.toLowerCase()))
      out.push({ name: s.name, email });
  }
  return out;
}

/**
 * Who receives the meeting's papers besides staff and carers: the booked households' supporters
 * who have an email and whom the family allowed to see the papers.
 */
export const supporterRecipients = (meeting: Meeting): Recipient[] =>
  supportersWithConsent(meeting, meeting.booking?.households ?? []);
