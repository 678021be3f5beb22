import { type MeetingNeeds, meetingNeeds } from "../../domain/adjustments/meetingNeeds";
import { staffText } from "../../domain/i18n/staffMessages";
import type { FindTimesInput, Invitee } from "../../domain/meetings/findTimes";
import { type MeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { FamilyWindow, SchoolCalendar } from "../../domain/scheduling/request";
import type { Room, StaffMember } from "../../domain/school/people";
import { isoDateIn } from "../../domain/time/format";
import type { Instant } from "../../domain/time/instant";
import { localDateFromIso, type Weekday } from "../../domain/time/localDate";
import { END_OF_DAY, wallTime } from "../../domain/time/wallTime";
import { datesProblems, familyZone, type Parsed, partySize, typedLength } from "./fieldChecks";
import { effectiveFormat } from "./meetingFormat";

/** Quick picks for what families most often say. */
export type QuickPick = "mornings" | "schoolDay" | "afterSchool" | "earlyMorning";

/** In the order the buttons are shown. */
export const QUICK_PICK_IDS: readonly QuickPick[] = ["earlyMorning", "mornings", "schoolDay", "afterSchool"];

export const QUICK_PICKS: Record<QuickPick, { label: string; from: [number, number]; to: [number, number] }> =
  {
    earlyMorning: { label: staffText("findTimes.pick.earlyMorning"), from: [7, 45], to: [8, 45] },
    mornings: { label: staffText("findTimes.pick.mornings"), from: [8, 30], to: [12, 0] },
    schoolDay: { label: staffText("findTimes.pick.schoolDay"), from: [9, 0], to: [15, 0] },
    afterSchool: { label: staffText("findTimes.pick.afterSchool"), from: [15, 0], to: [18, 30] },
  };

export const INVITATIONS = ["no", "required", "optional"] as const;
export type Invitation = (typeof INVITATIONS)[number];

/** Everything on the find-times screen, as saved in the draft. Dates are ISO `YYYY-MM-DD`. */
export interface FindTimesForm {
  /** Empty until staff choose the child. */
  readonly childId: string;
  readonly typeId: MeetingTypeId;
  readonly staff: Readonly<Record<string, Invitation>>;
  /** As typed; null while the box is empty or holds something that is not a number. */
  readonly minutes: number | null;
  readonly format: MeetingFormat;
  /** Empty while the date box is empty. */
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
  /** As typed, like `minutes`. */
  readonly partySize: number | null;
}

/** The fields that can be wrong, in the order they appear on the screen (the first is focused). */
export const FIND_TIMES_FIELDS = [
  "child",
  "minutes",
  "from",
  "to",
  "staff",
  "familyZone",
  "partySize",
] as const;
export type FindTimesField = (typeof FIND_TIMES_FIELDS)[number];

/** What to fix, said next to the field it is about. */
export type FieldProblems = Partial<Record<FindTimesField, string>>;

/** What the search will use, or what a person must fix first. */
export type FindTimesCheck =
  | { readonly ok: true; readonly input: FindTimesInput; readonly needs: MeetingNeeds }
  | { readonly ok: false; readonly problems: FieldProblems };

/** Where a child's find-times form is kept on this device; the form with no child has a key of its own. */
export function findTimesDraftKey(childId: string | undefined): string {
  return childId ? `find-times/child/${encodeURIComponent(childId)}` : "find-times/no-child";
}

/** The first field (on screen) that has a problem. */
export function firstProblem(problems: FieldProblems): FindTimesField | undefined {
  return FIND_TIMES_FIELDS.find((f) => problems[f] !== undefined);
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

const problemOf = <K extends FindTimesField>(field: K, parsed: Parsed<unknown>): FieldProblems =>
  parsed.ok ? {} : { [field]: parsed.problem };

/** What the form asks the engine, or every field a person must fix, each with what is wrong. */
export function toFindTimesInput(
  form: FindTimesForm,
  context: {
    staff: readonly StaffMember[];
    rooms: readonly Room[];
    school: SchoolCalendar;
    /** "Today" for the dates check is this instant's date at the school. */
    now: Instant;
  },
): FindTimesCheck {
  const invited = invitees(form, context.staff);
  const minutes = typedLength(form.minutes);
  const zone = familyZone(form.familyZone);
  const party = partySize(form.partySize);
  const dates = datesProblems(form.from, form.to, isoDateIn(context.now, context.school.zone));
  const problems: FieldProblems = {
    ...(form.childId ? {} : { child: staffText("findTimes.check.child") }),
    ...problemOf("minutes", minutes),
    ...dates,
    ...(invited.some((i) => i.required) ? {} : { staff: staffText("findTimes.check.staff") }),
    ...problemOf("familyZone", zone),
    ...problemOf("partySize", party),
  };
  if (!minutes.ok || !zone.ok || !party.ok || firstProblem(problems)) return { ok: false, problems };

  const needs = meetingNeeds(form.adjustments, minutes.value);
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
      label: staffText("findTimes.pick.dateTheyGave"),
    });
  }
  const input: FindTimesInput = {
    school: context.school,
    invitees: invited,
    rooms: context.rooms,
    roomFeatures: needs.roomFeatures,
    family: {
      zone: zone.value,
      preferred,
      acceptable,
      avoidDates: form.avoidDates.map((d) => ({ first: localDateFromIso(d), last: localDateFromIso(d) })),
      avoidDays: [],
      partySize: party.value,
    },
    meeting: {
      format: effectiveFormat(form.format, needs.needsOnline),
      minutes: minutes.value,
      extraMinutes: needs.extraMinutes,
    },
    noticeWorkingDays: meetingType(form.typeId).noticeWorkingDays,
    search: { first: localDateFromIso(form.from), last: localDateFromIso(form.to) },
    maxSlots: 6,
    useExtendedDay: form.picks.includes("earlyMorning") || form.picks.includes("afterSchool"),
  };
  return { ok: true, input, needs };
}
