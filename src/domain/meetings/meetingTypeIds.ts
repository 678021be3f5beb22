/**
 * The kinds of meeting, by id alone: what an offer link may name. Kept apart from the staff
 * catalogue's words (`meetingTypes.ts`) so the parent page can check a link without loading them.
 */
export const MEETING_TYPE_IDS = [
  "supportPlanReview",
  "initialConcern",
  "transitionPlanning",
  "annualReview",
  "checkIn",
] as const;

export type MeetingTypeId = (typeof MEETING_TYPE_IDS)[number];

/** Whether a stored or received id names a type in the catalogue. */
export function isMeetingTypeId(id: string): id is MeetingTypeId {
  return (MEETING_TYPE_IDS as readonly string[]).includes(id);
}
