/**
 * Every state a meeting record can be in. The `-ing` states mean a flow is under way (or was
 * interrupted and will be resumed); the others are settled.
 */
export const MEETING_STATUSES = [
  "offering",
  "offered",
  "booking",
  "booked",
  "rescheduling",
  "cancelling",
  "cancelled",
  "withdrawing",
  "withdrawn",
  "expired",
  "held",
  "summarised",
] as const;

export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export function isMeetingStatus(value: string): value is MeetingStatus {
  return (MEETING_STATUSES as readonly string[]).includes(value);
}

/** Meetings that still ask something of staff or the family: the Meetings page lists these. */
export const OPEN_STATUSES: readonly MeetingStatus[] = [
  "offering",
  "offered",
  "booking",
  "booked",
  "rescheduling",
  "cancelling",
  "withdrawing",
];
