import { meetingNeeds } from "../../domain/adjustments/meetingNeeds";
import type { FindTimesInput, Invitee } from "../../domain/meetings/findTimes";
import { type MeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { FamilyWindow, SchoolCalendar } from "../../domain/scheduling/request";
import type { Room, StaffMember } from "../../domain/school/people";
import { localDateFromIso, type Weekday } from "../../domain/time/localDate";
import { END_OF_DAY, wallTime } from "../../domain/time/wallTime";
import { ianaZone } from "../../domain/time/zone";

/** Quick picks for what families most often say. */
export type QuickPick = "mornings" | "schoolDay" | "afterSchool" | "earlyMorning";

export const QUICK_PICKS: Record<QuickPick, { label: string; from: [number, number]; to: [number, number] }> =
  {
    earlyMorning: { label: "Before school (from 7:45)", from: [7, 45], to: [8, 45] },
    mornings: { label: "Mornings", from: [8, 30], to: [12, 0] },
    schoolDay: { label: "During the school day", from: [9, 0], to: [15, 0] },
    afterSchool: { label: "After school (after 3pm)", from: [15, 0], to: [18, 30] },
  };

export type Invitation = "required" | "optional" | "no";

/** Everything on the find-times screen, as saved in the draft. Dates are ISO `YYYY-MM-DD`. */
export interface FindTimesForm {
  readonly childId: string;
  readonly typeId: MeetingTypeId;
  readonly staff: Readonly<Record<string, Invitation>>;
  readonly minutes: number;
  readonly format: MeetingFormat;
  readonly from: string;
  readonly to: string;
  /** In the order the family gave them: the first is their first preference. */
  readonly picks: readonly QuickPick[];
  /** Days that work; empty means any school day. */
  readonly days: readonly Weekday[];
  /** Specific dates the family can do (at any time of day, or the picked times). */
  readonly dates: readonly string[];
  readonly avoidDates: readonly string[];
  readonly adjustments: readonly AdjustmentCode[];
  readonly familyZone: string;
  readonly partySize: number;
}

/** Describes each invited person's part in the meeting, from their job title. */
function invitees(form: FindTimesForm, staff: readonly StaffMember[]): Invitee[] {
  return staff.flatMap((member) => {
    const how = form.staff[member.email];
    if (how !== "required" && how !== "optional") return [];
    return [
      {
        member,
        required: how === "required",
        roleLabel: member.jobTitle.replace(/\s*\(.*\)$/, "").toLowerCase(),
      },
    ];
  });
}

/** What the form asks the engine, or the first thing a person must fix. */
export function toFindTimesInput(
  form: FindTimesForm,
  context: { staff: readonly StaffMember[]; rooms: readonly Room[]; school: SchoolCalendar },
): FindTimesInput | string {
  const invited = invitees(form, context.staff);
  if (!invited.some((i) => i.required)) return "Choose at least one member of staff who must be there.";
  if (!form.from || !form.to || form.to < form.from)
    return "Choose the dates to search, with the last date on or after the first.";
  let familyZone: FindTimesInput["family"]["zone"];
  try {
    familyZone = ianaZone(form.familyZone);
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    return `"${form.familyZone}" is not a time zone name like Europe/London.`;
  }
  const needs = meetingNeeds(form.adjustments, form.minutes);
  const days = form.days.length ? { days: form.days } : {};
  const preferred: FamilyWindow[] = form.picks.map((p) => ({
    from: wallTime(...QUICK_PICKS[p].from),
    to: wallTime(...QUICK_PICKS[p].to),
    label: QUICK_PICKS[p].label.toLowerCase(),
    ...days,
  }));
  // Days alone ("Tuesdays or Thursdays") still narrow the search when no time of day was given.
  const acceptable: FamilyWindow[] =
    preferred.length === 0 && form.days.length ? [{ from: wallTime(0), to: END_OF_DAY, ...days }] : [];
  // Specific dates they said they can do are acceptable at any time of the school day.
  if (form.dates.length) {
    acceptable.push({
      from: wallTime(0),
      to: END_OF_DAY,
      dates: form.dates.map(localDateFromIso),
      label: "a date they gave",
    });
  }
  const format: FindTimesInput["meeting"]["format"] =
    needs.needsOnline && form.format === "inPerson" ? "hybrid" : form.format;
  return {
    school: context.school,
    invitees: invited,
    rooms: context.rooms,
    roomFeatures: needs.roomFeatures,
    family: {
      zone: familyZone,
      preferred,
      acceptable,
      avoidDates: form.avoidDates.map((d) => ({ first: localDateFromIso(d), last: localDateFromIso(d) })),
      avoidDays: [],
      partySize: form.partySize,
    },
    meeting: { format, minutes: form.minutes, extraMinutes: needs.extraMinutes },
    noticeWorkingDays: meetingType(form.typeId).noticeWorkingDays,
    search: { first: localDateFromIso(form.from), last: localDateFromIso(form.to) },
    maxSlots: 6,
    useExtendedDay: form.picks.includes("earlyMorning") || form.picks.includes("afterSchool"),
  };
}
