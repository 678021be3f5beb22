import type { FindTimesInput } from "../../domain/meetings/findTimes";
import type { OfferDraft } from "../../domain/meetings/flows/offerFlow";
import type { MeetingSlot } from "../../domain/meetings/meeting";
import { type MeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { SchoolCalendar } from "../../domain/scheduling/request";
import type { Slot } from "../../domain/scheduling/result";
import type { Carer, Child, Room, StaffMember } from "../../domain/school/people";
import type { Instant } from "../../domain/time/instant";
import { withFamily } from "../find-times/familyPrefill";
import { blankForm } from "../find-times/findTimesDraft";
import { type FieldProblems, type Invitation, toFindTimesInput } from "../find-times/findTimesForm";

/** What the pane asks: fewer questions than the full Find times page, the same search behind them. */
export interface PaneChoices {
  readonly childId: string;
  readonly typeId: MeetingTypeId;
  readonly staff: Readonly<Record<string, Invitation>>;
  readonly format: MeetingFormat;
}

export interface PaneFacts {
  readonly children: readonly Child[];
  readonly staff: readonly StaffMember[];
  readonly rooms: readonly Room[];
  readonly school: SchoolCalendar;
  readonly carers: readonly Carer[];
  readonly now: Instant;
}

/**
 * The full page's form, filled from the family's record (standing adjustments, zone) and the
 * pane's choices, checked by the same rules: the pane runs the same search as Find times.
 */
export function paneSearch(
  choices: PaneChoices,
  facts: PaneFacts,
): { ok: true; input: FindTimesInput } | { ok: false; problems: FieldProblems } {
  const child = facts.children.find((c) => c.id === choices.childId);
  const blank = blankForm(choices.childId, facts.now, facts.school.zone);
  const form = withFamily(
    {
      ...blank,
      typeId: choices.typeId,
      minutes: meetingType(choices.typeId).minutes,
      format: choices.format,
      staff: choices.staff,
    },
    { child, carers: facts.carers, staff: facts.staff, schoolZone: facts.school.zone },
  );
  const checked = toFindTimesInput(
    { ...form, staff: choices.staff },
    { staff: facts.staff, rooms: facts.rooms, school: facts.school, now: facts.now },
  );
  return checked.ok ? { ok: true, input: checked.input } : { ok: false, problems: checked.problems };
}

export const meetingSlotOf = (s: Slot): MeetingSlot => ({
  start: s.start,
  end: s.end,
  roomEmail: s.room?.id,
  roomName: s.room?.name,
});

/**
 * The meeting as an offer describes it: with the one time chosen in the pane (to fill in the
 * appointment), or with the times to offer the family (held in the calendar meanwhile).
 */
export function paneDraft(
  choices: PaneChoices,
  input: FindTimesInput,
  carers: readonly Carer[],
  child: Child | undefined,
  slots: readonly MeetingSlot[],
): OfferDraft {
  return {
    childId: choices.childId,
    typeId: choices.typeId,
    purpose: meetingType(choices.typeId).purpose,
    note: "",
    format: input.meeting.format,
    invitees: input.invitees.map((i) => ({
      email: i.member.email,
      name: i.member.name,
      role: i.member.jobTitle,
      required: i.required,
    })),
    carers,
    slots,
    holds: slots.length > 1,
    keepApart: child?.keepHouseholdsApart ?? false,
    baseMinutes: input.meeting.minutes,
    allowedFor: [],
  };
}
