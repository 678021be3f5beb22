import { type BookOutcome, bookMeeting } from "../../domain/meetings/bookMeeting";
import { findTimes } from "../../domain/meetings/findTimes";
import type { MeetingPlan } from "../../domain/meetings/meetingPlan";
import type { ReplyAnswer } from "../../domain/replies/replyAnswer";
import type { Slot } from "../../domain/scheduling/result";
import { DAY_MS, instant } from "../../domain/time/instant";
import { addDays, localDateFromIso } from "../../domain/time/localDate";
import { isoDateIn } from "../../ui/datetime/formatSlot";
import { confirmationText } from "../offer/offerTexts";
import type { Services } from "../services";

/** Books a chosen time; when it has gone, finds the nearest times everyone is still free. */
export async function bookOrSuggest(
  s: Services,
  meetingId: string,
  plan: MeetingPlan,
  choice: { slot: number; carerId: string; answer: ReplyAnswer | undefined },
): Promise<{ outcome: BookOutcome; alternatives: readonly Slot[] }> {
  const [me, profile] = await Promise.all([s.directory.me(), s.schoolSettings.profile()]);
  if (!profile) throw new RangeError("Set the school's name and phone number in Settings first.");
  const outcome = await bookMeeting(
    {
      records: s.records,
      calendar: s.calendar,
      freeBusy: s.freeBusy,
      mail: s.mail,
      clock: s.clock,
      school: profile,
      sender: me,
      confirmationText,
      schoolZone: s.schoolZone,
      pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
    meetingId,
    choice,
  );
  if (outcome.kind !== "taken") return { outcome, alternatives: [] };
  const [school, rooms, staff] = await Promise.all([
    s.schoolSettings.calendar(),
    s.directory.rooms(),
    s.directory.staff(),
  ]);
  if (!school) return { outcome, alternatives: [] };
  const wanted = outcome.slot;
  const room = rooms.find((r) => r.email === wanted.roomEmail);
  const day = localDateFromIso(isoDateIn(Math.max(wanted.start, s.clock.now() + DAY_MS), s.schoolZone));
  const found = await findTimes(
    { freeBusy: s.freeBusy, clock: s.clock },
    {
      school,
      invitees: plan.invitees.flatMap((i) => {
        const member = staff.find((m) => m.email === i.email.toLowerCase());
        return member ? [{ member, required: i.required, roleLabel: i.role.toLowerCase() }] : [];
      }),
      rooms,
      roomFeatures: room?.features.filter((f) => f !== "large") ?? [],
      family: {
        zone: s.schoolZone,
        preferred: [],
        acceptable: [],
        avoidDates: [],
        avoidDays: [],
        partySize: plan.carers.length,
      },
      meeting: { format: plan.format, minutes: Math.round((wanted.end - wanted.start) / 60_000) },
      noticeWorkingDays: 0,
      search: { first: day, last: addDays(day, 14) },
      maxSlots: 6,
      useExtendedDay: true,
    },
  );
  const alternatives =
    found.result.kind === "found"
      ? [...found.result.slots]
          .sort((a, b) => Math.abs(a.start - wanted.start) - Math.abs(b.start - wanted.start))
          .slice(0, 3)
      : [];
  return { outcome, alternatives: alternatives.map((a) => ({ ...a, start: instant(a.start) })) };
}
