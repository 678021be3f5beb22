import { staffText } from "../i18n/staffMessages";
import type { StaffRole } from "../school/people";
import type { MeetingTypeId } from "./meetingTypeIds";

// The ids live apart so the parent page can check a link without the staff words; staff code keeps importing them from here.
export { isMeetingTypeId, type MeetingTypeId } from "./meetingTypeIds";

export interface MeetingType {
  readonly id: MeetingTypeId;
  /** What staff call it. */
  readonly label: string;
  readonly minutes: number;
  /** Why we are meeting, in plain, neutral words for the family (no needs, no diagnosis). */
  readonly purpose: string;
  /** Roles usually there, to suggest as required staff. */
  readonly usualRoles: readonly StaffRole[];
  /** Working days before the meeting that papers must reach the family. */
  readonly noticeWorkingDays: number;
}

export const MEETING_TYPES: readonly MeetingType[] = [
  {
    id: "supportPlanReview",
    label: staffText("type.supportPlanReview"),
    minutes: 60,
    purpose: staffText("purpose.supportPlanReview"),
    usualRoles: ["senco", "classTeacher"],
    noticeWorkingDays: 5,
  },
  {
    id: "initialConcern",
    label: staffText("type.initialConcern"),
    minutes: 45,
    purpose: staffText("purpose.initialConcern"),
    usualRoles: ["classTeacher", "senco"],
    noticeWorkingDays: 2,
  },
  {
    id: "transitionPlanning",
    label: staffText("type.transitionPlanning"),
    minutes: 60,
    purpose: staffText("purpose.transitionPlanning"),
    usualRoles: ["senco", "guidanceTeacher", "classTeacher"],
    noticeWorkingDays: 5,
  },
  {
    id: "annualReview",
    label: staffText("type.annualReview"),
    minutes: 90,
    purpose: staffText("purpose.annualReview"),
    usualRoles: ["senco", "classTeacher", "headteacher"],
    noticeWorkingDays: 10,
  },
  {
    id: "checkIn",
    label: staffText("type.checkIn"),
    minutes: 30,
    purpose: staffText("purpose.checkIn"),
    usualRoles: ["classTeacher"],
    noticeWorkingDays: 0,
  },
];

export function meetingType(id: MeetingTypeId): MeetingType {
  const type = MEETING_TYPES.find((t) => t.id === id);
  if (!type) throw new RangeError(`Unknown meeting type ${id}`);
  return type;
}
