import { findTimes } from "../../domain/meetings/findTimes";
import type { Meeting } from "../../domain/meetings/meeting";
import { MeetingError } from "../../domain/meetings/meetingError";
import { isoDateIn } from "../../domain/time/format";
import { DAY_MS, instant } from "../../domain/time/instant";
import { addDays, localDateFromIso } from "../../domain/time/localDate";
import type { MeetingPorts } from "./flowContext";

/** The three free times nearest a time that has gone, for the same people and a like room. */
export async function alternativeTimes(ports: MeetingPorts, meeting: Meeting, index: number) {
  const wanted = meeting.offer?.slots[index];
  if (!wanted) throw new MeetingError({ code: "noSuchTime", slot: index });
  const [school, rooms, staff] = await Promise.all([
    ports.schoolSettings.calendar(),
    ports.directory.rooms(),
    ports.directory.staff(),
  ]);
  if (!school) return [];
  const room = rooms.find((r) => r.email === wanted.roomEmail);
  const day = localDateFromIso(
    isoDateIn(Math.max(wanted.start, ports.clock.now() + DAY_MS), ports.schoolZone),
  );
  const found = await findTimes(
    { freeBusy: ports.freeBusy, clock: ports.clock },
    {
      school,
      invitees: meeting.invitees.flatMap((i) => {
        const member = staff.find((m) => m.email === i.email.toLowerCase());
        return member ? [{ member, required: i.required, roleLabel: i.role.toLowerCase() }] : [];
      }),
      rooms,
      roomFeatures: room?.features.filter((f) => f !== "large") ?? [],
      family: {
        zone: ports.schoolZone,
        preferred: [],
        acceptable: [],
        avoidDates: [],
        avoidDays: [],
        partySize: meeting.carers.length,
      },
      meeting: { format: meeting.format, minutes: Math.round((wanted.end - wanted.start) / 60_000) },
      noticeWorkingDays: 0,
      search: { first: day, last: addDays(day, 14) },
      maxSlots: 6,
      useExtendedDay: true,
    },
  );
  if (found.result.kind !== "found") return [];
  return [...found.result.slots]
    .sort((a, b) => Math.abs(a.start - wanted.start) - Math.abs(b.start - wanted.start))
    .slice(0, 3)
    .map((a) => ({ start: instant(a.start), end: instant(a.end), roomName: a.room?.name }));
}
