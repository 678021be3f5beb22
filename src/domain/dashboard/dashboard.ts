import type { ChildAttention, ChildMeeting } from "../families/childAttention";
import { OFFER_OPEN, REVIEW_COUNTED } from "../families/childAttention";
import { requestsOf } from "../meetings/households";
import type { Meeting } from "../meetings/meeting";
import type { Child } from "../school/people";
import { DAY_MS, type Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";
import { localParts, startOfLocalDay } from "../time/zonedTime";
import type { DashboardScope } from "./scope";

/** Children whose last review is older than the school's cadence: never reviewed first, then the oldest. */
export function reviewsDue(list: readonly ChildAttention[]): ChildAttention[] {
  return list
    .filter((a) => a.reviewDue)
    .sort(
      (a, b) =>
        (b.daysSinceReview ?? Number.POSITIVE_INFINITY) - (a.daysSinceReview ?? Number.POSITIVE_INFINITY) ||
        a.child.name.localeCompare(b.child.name, "en-GB"),
    );
}

export interface OpenOffer {
  readonly childId: string;
  readonly meetingId: string;
  readonly typeId: string;
  /** When the times went out (or, still going, when the offer was started). */
  readonly since: Instant;
  readonly waitingDays: number;
}

/** Every offer still waiting for the family, the longest-waiting first. */
export function openOffers(meetings: readonly ChildMeeting[], now: Instant): OpenOffer[] {
  return meetings
    .filter(({ meeting }) => OFFER_OPEN.includes(meeting.status))
    .map(({ id, meeting }) => {
      const since = meeting.offer?.sentAt ?? meeting.createdAt;
      return {
        childId: meeting.childId,
        meetingId: id,
        typeId: meeting.typeId,
        since,
        waitingDays: Math.max(0, Math.floor((now - since) / DAY_MS)),
      };
    })
    .sort((a, b) => a.since - b.since);
}

/** Monday 00:00 to the next Monday 00:00 of the week holding `now`, in the school's zone. */
export function weekAround(now: Instant, zone: IanaZone): { start: Instant; end: Instant } {
  const today = localParts(now, zone);
  const monday = (today.date - (today.weekday - 1)) as typeof today.date;
  return { start: startOfLocalDay(monday, zone), end: startOfLocalDay((monday + 7) as typeof monday, zone) };
}

export interface WeekMeeting {
  readonly childId: string;
  readonly meetingId: string;
  readonly typeId: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly roomName: string | undefined;
}

/** Booked meetings that start this week (Monday to Sunday in the school's zone), in order. */
export function meetingsThisWeek(
  meetings: readonly ChildMeeting[],
  now: Instant,
  zone: IanaZone,
): WeekMeeting[] {
  const week = weekAround(now, zone);
  return meetings
    .flatMap(({ id, meeting }) => {
      const slot = meeting.booking?.slot;
      if (!slot || !REVIEW_COUNTED.includes(meeting.status)) return [];
      if (slot.start < week.start || slot.start >= week.end) return [];
      return [
        {
          childId: meeting.childId,
          meetingId: id,
          typeId: meeting.typeId,
          start: slot.start,
          end: slot.end,
          roomName: slot.roomName,
        },
      ];
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * An action agreed at a meeting: who does what by when. The follow-up summary writes these; this
 * is the shape the dashboard needs of one, whatever record it comes from.
 */
export interface ActionItem {
  readonly childId: string;
  /** The timeline entry (or record) the action lives in, to link to it. */
  readonly entryId: string;
  readonly owner: string;
  readonly text: string;
  readonly due: Instant;
  readonly done: boolean;
}

export interface OwnerActions {
  readonly owner: string;
  readonly actions: readonly ActionItem[];
}

/** Open actions past their date, by owner (alphabetically), each owner's oldest first. */
export function overdueActionsByOwner(actions: readonly ActionItem[], now: Instant): OwnerActions[] {
  const byOwner = new Map<string, ActionItem[]>();
  for (const action of actions) {
    if (action.done || action.due >= now) continue;
    const owner = action.owner.trim() || "No owner named";
    const list = byOwner.get(owner);
    if (list) list.push(action);
    else byOwner.set(owner, [action]);
  }
  return [...byOwner.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en-GB"))
    .map(([owner, list]) => ({ owner, actions: list.sort((a, b) => a.due - b.due) }));
}

export interface AdjustmentToArrange {
  readonly childId: string;
  readonly meetingId: string;
  readonly start: Instant;
  /** Who asked (the carer's name as the offer addressed them). */
  readonly askedBy: string;
  /** What must be arranged, in plain words ("An interpreter (Polish)"). */
  readonly request: string;
}

/**
 * Each thing a family asked for in its reply to a meeting still ahead, that is not yet marked
 * arranged. `arranged(meetingId, request)` says which are; until adjustments are tracked to
 * "arranged", nothing is, and every request for an upcoming meeting is listed.
 */
export function adjustmentsNotArranged(
  meetings: readonly ChildMeeting[],
  now: Instant,
  arranged: (meetingId: string, request: string) => boolean = () => false,
): AdjustmentToArrange[] {
  const out: AdjustmentToArrange[] = [];
  for (const { id, meeting } of meetings) {
    const start = meeting.booking?.slot.start;
    if (meeting.status !== "booked" || start === undefined || start < now) continue;
    for (const reply of latestReplies(meeting)) {
      const askedBy = meeting.carers.find((c) => c.id === reply.carerId)?.name ?? "A carer";
      for (const request of requestsOf(reply))
        if (!arranged(id, request))
          out.push({ childId: meeting.childId, meetingId: id, start, askedBy, request });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Each carer's answer to the newest round of the offer (earlier rounds were for other times). */
function latestReplies(meeting: Meeting) {
  const round = meeting.offer?.round ?? 0;
  return meeting.replies.filter((r) => r.round === round);
}

export type TransitionStage = "nurseryToPrimary" | "primaryToSecondary" | "leaving";

/** The year groups at the end of a stage, Scottish and English names alike. */
export function transitionStage(yearGroup: string): TransitionStage | undefined {
  const y = yearGroup.trim().toLowerCase().replace(/\s+/g, "");
  if (/^(n|n\d|nursery|elc|preschool|pre-school|ante-preschool)$/.test(y)) return "nurseryToPrimary";
  if (/^(p7|y6|year6)$/.test(y)) return "primaryToSecondary";
  if (/^(s4|s6|y11|year11|y13|year13)$/.test(y)) return "leaving";
  return undefined;
}

export interface TransitionDue {
  readonly child: Child;
  readonly stage: TransitionStage;
}

/**
 * Children in the last year of a stage (from their year group) with no transition-planning meeting
 * booked, held or summarised since the school session began (`sessionStart`, from the school calendar).
 */
export function transitionsWithoutPlanning(
  children: readonly Child[],
  meetings: readonly ChildMeeting[],
  sessionStart: Instant,
): TransitionDue[] {
  const planned = new Set(
    meetings
      .filter(
        ({ meeting }) =>
          meeting.typeId === "transitionPlanning" &&
          REVIEW_COUNTED.includes(meeting.status) &&
          (meeting.booking?.slot.start ?? 0) >= sessionStart,
      )
      .map(({ meeting }) => meeting.childId),
  );
  return children.flatMap((child) => {
    const stage = transitionStage(child.yearGroup);
    return stage && !planned.has(child.id) ? [{ child, stage }] : [];
  });
}

/** Everything the team's dashboard shows for one scope. */
export interface DashboardView {
  /** The children in scope, by id, to name them in each row. */
  readonly children: ReadonlyMap<string, Child>;
  readonly reviewsDue: readonly ChildAttention[];
  readonly openOffers: readonly OpenOffer[];
  readonly thisWeek: readonly WeekMeeting[];
  /** Undefined while no record of actions with an owner and a date is kept. */
  readonly overdueActions: readonly OwnerActions[] | undefined;
  readonly adjustments: readonly AdjustmentToArrange[];
  readonly transitions: readonly TransitionDue[];
  /** Days between reviews, from the school's profile. */
  readonly reviewEveryDays: number;
}

/** The dashboard as a use case. */
export interface Dashboard {
  load(scope: DashboardScope): Promise<DashboardView>;
}
