import type { StaffRole } from "../school/people";

export type MeetingTypeId =
  | "supportPlanReview"
  | "initialConcern"
  | "transitionPlanning"
  | "annualReview"
  | "checkIn";

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
    label: "Support plan review",
    minutes: 60,
    purpose: "to look together at how things are going and agree the next steps",
    usualRoles: ["senco", "classTeacher"],
    noticeWorkingDays: 5,
  },
  {
    id: "initialConcern",
    label: "Initial concern",
    minutes: 45,
    purpose: "to listen to you and share what we have noticed, so we can decide together what might help",
    usualRoles: ["classTeacher", "senco"],
    noticeWorkingDays: 2,
  },
  {
    id: "transitionPlanning",
    label: "Transition planning",
    minutes: 60,
    purpose: "to plan the move to the next class or school so it goes well",
    usualRoles: ["senco", "guidanceTeacher", "classTeacher"],
    noticeWorkingDays: 5,
  },
  {
    id: "annualReview",
    label: "Child's plan / EHCP annual review",
    minutes: 90,
    purpose: "to review the plan for the year together and agree what happens next",
    usualRoles: ["senco", "classTeacher", "headteacher"],
    noticeWorkingDays: 10,
  },
  {
    id: "checkIn",
    label: "Informal check-in",
    minutes: 30,
    purpose: "to catch up on how things are going",
    usualRoles: ["classTeacher"],
    noticeWorkingDays: 0,
  },
];

export function meetingType(id: MeetingTypeId): MeetingType {
  const type = MEETING_TYPES.find((t) => t.id === id);
  if (!type) throw new RangeError(`Unknown meeting type ${id}`);
  return type;
}

/** Whether a stored or received id names a type in the catalogue. */
export function isMeetingTypeId(id: string): id is MeetingTypeId {
  return MEETING_TYPES.some((t) => t.id === id);
}
