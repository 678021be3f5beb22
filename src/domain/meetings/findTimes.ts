import type { FreeBusy, Schedule } from "../ports/free-busy";
import type {
  Attendee,
  FamilyAvailability,
  MeetingShape,
  SchoolCalendar,
  SlotRequest,
} from "../scheduling/request";
import type { SlotSearchResult } from "../scheduling/result";
import { searchSlots } from "../scheduling/searchSlots";
import type { Room, RoomFeature, StaffMember } from "../school/people";
import type { Clock } from "../time/clock";
import { addDays, type DateRange } from "../time/localDate";
import { startOfLocalDay } from "../time/zonedTime";

/** One member of staff asked to the meeting. */
export interface Invitee {
  readonly member: StaffMember;
  readonly required: boolean;
  /** Their part in this meeting, e.g. "class teacher". */
  readonly roleLabel: string;
}

/** What staff asked for on the find-times screen. */
export interface FindTimesInput {
  readonly school: SchoolCalendar;
  readonly invitees: readonly Invitee[];
  readonly rooms: readonly Room[];
  readonly roomFeatures: readonly RoomFeature[];
  readonly family: FamilyAvailability;
  readonly meeting: MeetingShape;
  readonly noticeWorkingDays: number;
  readonly search: DateRange;
  readonly maxSlots: number;
  readonly useExtendedDay: boolean;
}

export interface FindTimesOutcome {
  readonly result: SlotSearchResult;
  /** Everyone's calendars as read, for the week view. */
  readonly schedules: readonly Schedule[];
  /** Calendars that could not be read (the search went ahead without them). */
  readonly unreadable: readonly string[];
}

/**
 * Finds times: one free/busy query over the required and optional staff and the candidate rooms
 * (in-person and hybrid meetings only), then the slot engine.
 */
export async function findTimes(
  deps: { freeBusy: FreeBusy; clock: Clock },
  input: FindTimesInput,
): Promise<FindTimesOutcome> {
  const needsRoom = input.meeting.format !== "online";
  const rooms = needsRoom ? input.rooms : [];
  const addresses = [...input.invitees.map((i) => i.member.email), ...rooms.map((r) => r.email)];
  const from = startOfLocalDay(input.search.first, input.school.zone);
  const to = startOfLocalDay(addDays(input.search.last, 1), input.school.zone);
  const schedules = await deps.freeBusy.schedules(addresses, from, to);
  const byAddress = new Map(schedules.map((s) => [s.address, s]));
  const scheduleOf = (email: string) => byAddress.get(email.toLowerCase());
  const attendees: Attendee[] = input.invitees.map((i) => {
    const s = scheduleOf(i.member.email);
    const hours = s?.workingHours;
    return {
      id: i.member.email.toLowerCase(),
      displayName: i.member.name,
      roleLabel: i.roleLabel,
      required: i.required,
      busy: s?.busy ?? [],
      ...(hours ? { workingHours: hours } : {}),
    };
  });
  const request: SlotRequest = {
    school: input.school,
    meeting: input.meeting,
    attendees,
    rooms: rooms.map((r) => ({
      id: r.email,
      name: r.name,
      capacity: r.capacity,
      features: r.features,
      busy: scheduleOf(r.email)?.busy ?? [],
    })),
    roomFeatures: needsRoom ? input.roomFeatures : [],
    family: input.family,
    noticeWorkingDays: input.noticeWorkingDays,
    search: input.search,
    granularityMinutes: 15,
    maxSlots: input.maxSlots,
    tentative: "blocks",
    useExtendedDay: input.useExtendedDay,
  };
  return {
    result: searchSlots(request, deps.clock.now()),
    schedules,
    unreadable: schedules.filter((s) => s.error).map((s) => s.address),
  };
}
