import type { RoomFeature } from "../school/people";
import type { LocalDate } from "../time/localDate";
import { dateText, dayDateText, listPhrase } from "./englishTime";
import type { Attendee } from "./request";

/*
 * Sentences explaining why nothing could be offered, for staff. Each names the one constraint
 * to change: the dates, the notice, the family's times, a person, or the room.
 */

/** "Mr Lee (class teacher)". */
export function personLabel(a: Attendee): string {
  return a.roleLabel ? `${a.displayName} (${a.roleLabel})` : a.displayName;
}

/** What a room must have, as staff would say it. */
export const FEATURE_NEEDS: Record<RoomFeature, string> = {
  stepFree: "step-free access",
  hearingLoop: "a hearing loop",
  quiet: "a quiet, informal setting",
  large: "space for a large meeting",
};

const people = (list: readonly Attendee[]) => listPhrase(list.map(personLabel), "and");

/** Sentence builders, one per blocker (some with a variant). */
export const explain = {
  noSchoolDays: (dates: string) => `There are no school days ${dates} (weekends, holidays and closures).`,

  dayTooShort: (minutes: number, dates: string) =>
    `The school day is too short for a ${minutes}-minute meeting on any school day ${dates}.`,

  noticeBeyondCalendar: (days: number) =>
    `Papers must go out ${days} working days before the meeting, and the school calendar does not have that many school days ahead.`,

  noticeTooLate: (days: number, earliest: LocalDate, last: LocalDate) => {
    if (days <= 0) return `The school time up to ${dateText(last)} has already passed.`;
    const notice = `Papers must go out ${days} working days before the meeting, so the earliest date is ${dayDateText(earliest)}`;
    return earliest > last
      ? `${notice}, after the search ends on ${dateText(last)}.`
      : `${notice}, and there is no school time from then until ${dateText(last)}.`;
  },

  familyTimes: (scope: string, minutes: number, dates: string, overlapAtAll: boolean) =>
    overlapAtAll
      ? `The family's times (${scope}) never leave room for a ${minutes}-minute meeting within the school day ${dates}.`
      : `None of the family's times (${scope}) fall within the school day ${dates}.`,

  familyAvoids: (scope: string | undefined, dates: string) =>
    scope
      ? `The family's times (${scope}) ${dates} fall only on dates or days they asked to avoid.`
      : `The family asked to avoid every school day ${dates}.`,

  notWorking: (a: Attendee, scope: string, dates: string) =>
    `${personLabel(a)} does not work ${scope} ${dates}.`,

  noFreeTime: (a: Attendee, scope: string, dates: string, minutes: number, someFree: boolean) =>
    someFree
      ? `${personLabel(a)} has no free stretch of ${minutes} minutes ${scope} ${dates}.`
      : `${personLabel(a)} has no free time ${scope} ${dates}.`,

  notTogether: (list: readonly Attendee[], scope: string, dates: string) =>
    `${people(list)} are never free at the same time ${scope} ${dates}.`,

  noSuitableRoom: (features: readonly RoomFeature[], seats: number) =>
    features.length > 0
      ? `No room has ${listPhrase(
          (Object.keys(FEATURE_NEEDS) as RoomFeature[])
            .filter((f) => features.includes(f))
            .map((f) => FEATURE_NEEDS[f]),
          "and",
        )} with space for ${seats} people.`
      : `No room has space for ${seats} people.`,

  roomsBooked: (rooms: readonly string[], scope: string, dates: string) =>
    `${rooms.length === 1 ? `${rooms[0]}, the only suitable room, is` : `The suitable rooms (${listPhrase(rooms, "and")}) are`} booked whenever everyone is free ${scope} ${dates}.`,

  grid: (step: number, minutes: number) =>
    `There is free time, but no start on the ${step}-minute grid leaves room for a ${minutes}-minute meeting; try a finer grid.`,
};
