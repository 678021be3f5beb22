import type { Meeting } from "../meetings/meeting";
import type { MeetingStatus } from "../meetings/meetingStatus";
import type { MeetingTypeId } from "../meetings/meetingTypes";
import type { Carer, Child } from "../school/people";
import { DAY_MS, type Instant } from "../time/instant";

/**
 * How often a child's support is reviewed with the family. Three reviews a year is the norm the
 * guidance sets, so a review is due once the last one is more than a third of a year (~4 months)
 * old. A school may set its own cadence in its profile (`reviewsPerYear`); this is the default.
 */
export const REVIEWS_PER_YEAR = 3;
export const REVIEW_EVERY_DAYS = Math.ceil(365 / REVIEWS_PER_YEAR);

/** Days between reviews for a number of reviews a year (the default when none is given). */
export function reviewEveryDays(reviewsPerYear: number | undefined): number {
  const n =
    reviewsPerYear !== undefined && Number.isFinite(reviewsPerYear) && reviewsPerYear >= 1
      ? reviewsPerYear
      : REVIEWS_PER_YEAR;
  return Math.ceil(365 / n);
}

/** The meeting types that count as a review of the child's support. */
export const REVIEW_TYPES: readonly MeetingTypeId[] = ["supportPlanReview", "annualReview"];

/** A review meeting in one of these states has taken place, or has a date. */
export const REVIEW_COUNTED: readonly MeetingStatus[] = ["booked", "held", "summarised"];

/** An offer still waiting for the family. */
export const OFFER_OPEN: readonly MeetingStatus[] = ["offering", "offered"];

/** Every meeting state the children list needs to read. */
export const ATTENTION_STATUSES: readonly MeetingStatus[] = [...OFFER_OPEN, ...REVIEW_COUNTED];

/** What staff should notice about one child on the children list. */
export interface ChildAttention {
  readonly child: Child;
  /** Distinct households among the child's carers. */
  readonly households: number;
  /** More than one household, and the school keeps them apart. */
  readonly keptApart: boolean;
  /** Each standing adjustment once, in the carers' own words, in the order first met. */
  readonly standingAdjustments: readonly string[];
  /** The longest-waiting open offer, if any. */
  readonly openOffer: { readonly meetingId: string; readonly waitingDays: number } | undefined;
  /** When the latest review took (or takes) place; undefined when there has been none. */
  readonly lastReview: Instant | undefined;
  /** Whole days since the latest review (0 for one today or still ahead); undefined when none. */
  readonly daysSinceReview: number | undefined;
  readonly reviewDue: boolean;
}

/** A meeting as the list reads it: its record id and what it holds. */
export interface ChildMeeting {
  readonly id: string;
  readonly meeting: Meeting;
}

export type AttentionFilter = "households" | "adjustments" | "offer" | "review";

export const ATTENTION_FILTERS: readonly AttentionFilter[] = ["households", "adjustments", "offer", "review"];

/** How many households the carers live in (blank households count as one). */
export function householdCount(carers: readonly Carer[]): number {
  return new Set(carers.map((c) => c.household.trim() || "1")).size;
}

/** The carers' standing adjustments, each once (ignoring case and spacing), first wording kept. */
export function standingAdjustments(carers: readonly Carer[]): string[] {
  const seen = new Map<string, string>();
  for (const carer of carers)
    for (const raw of carer.standingAdjustments) {
      const text = raw.trim().replace(/\s+/g, " ");
      const key = text.toLowerCase();
      if (text && !seen.has(key)) seen.set(key, text);
    }
  return [...seen.values()];
}

/** The start of the latest booked, held or summarised review meeting (a booked one may be ahead). */
export function lastReview(meetings: readonly ChildMeeting[]): Instant | undefined {
  let last: Instant | undefined;
  for (const { meeting } of meetings) {
    if (!REVIEW_TYPES.includes(meeting.typeId as MeetingTypeId)) continue;
    if (!REVIEW_COUNTED.includes(meeting.status)) continue;
    const start = meeting.booking?.slot.start;
    if (start !== undefined && (last === undefined || start > last)) last = start;
  }
  return last;
}

/** Due when there has been no review, or the last one is more than `everyDays` days before `now`. */
export function isReviewDue(last: Instant | undefined, now: Instant, everyDays = REVIEW_EVERY_DAYS): boolean {
  return last === undefined || now - last > everyDays * DAY_MS;
}

/** The open offer that has waited longest, and for how many whole days since it was sent. */
export function longestOpenOffer(
  meetings: readonly ChildMeeting[],
  now: Instant,
): ChildAttention["openOffer"] {
  let oldest: { meetingId: string; since: number } | undefined;
  for (const { id, meeting } of meetings) {
    if (!OFFER_OPEN.includes(meeting.status)) continue;
    // An offer still being sent has no sending time yet: it has waited since it was started.
    const since = meeting.offer?.sentAt ?? meeting.createdAt;
    if (!oldest || since < oldest.since) oldest = { meetingId: id, since };
  }
  if (!oldest) return undefined;
  return { meetingId: oldest.meetingId, waitingDays: Math.max(0, Math.floor((now - oldest.since) / DAY_MS)) };
}

/** Everything the list shows for one child, from their carers and meetings (already the child's). */
export function childAttention(
  child: Child,
  carers: readonly Carer[],
  meetings: readonly ChildMeeting[],
  now: Instant,
  everyDays = REVIEW_EVERY_DAYS,
): ChildAttention {
  const households = householdCount(carers);
  const last = lastReview(meetings);
  return {
    child,
    households,
    keptApart: households > 1 && child.keepHouseholdsApart,
    standingAdjustments: standingAdjustments(carers),
    openOffer: longestOpenOffer(meetings, now),
    lastReview: last,
    daysSinceReview: last === undefined ? undefined : Math.max(0, Math.floor((now - last) / DAY_MS)),
    reviewDue: isReviewDue(last, now, everyDays),
  };
}

/** Whether a child shows under one filter. */
export function hasAttention(a: ChildAttention, filter: AttentionFilter): boolean {
  switch (filter) {
    case "households":
      return a.households > 1;
    case "adjustments":
      return a.standingAdjustments.length > 0;
    case "offer":
      return a.openOffer !== undefined;
    case "review":
      return a.reviewDue;
  }
}

/** Children shown under every chosen filter at once (no filter chosen: all of them). */
export function withAttention(
  list: readonly ChildAttention[],
  filters: ReadonlySet<AttentionFilter>,
): ChildAttention[] {
  return list.filter((a) => [...filters].every((f) => hasAttention(a, f)));
}

/** How many children each filter would show on its own. */
export function attentionCounts(list: readonly ChildAttention[]): Record<AttentionFilter, number> {
  const counts: Record<AttentionFilter, number> = { households: 0, adjustments: 0, offer: 0, review: 0 };
  for (const a of list) for (const f of ATTENTION_FILTERS) if (hasAttention(a, f)) counts[f] += 1;
  return counts;
}

/** The children list as a use case: every child with what needs attention, read in a few requests. */
export interface ChildrenOverview {
  load(): Promise<readonly ChildAttention[]>;
}
