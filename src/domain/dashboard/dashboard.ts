import type { ChildAttention, ChildMeeting } from "../families/childAttention";
import { OFFER_OPEN, REVIEW_COUNTED } from "../families/childAttention";
import { followUpName } from "../meetings/flows/adjustFlow";
import { readiness } from "../meetings/meetingAdjustments";
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

/** An action agreed at a meeting and kept in its summary: who does what by when. */
export interface ActionItem {
  readonly childId: string;
  /** The meeting whose summary holds the action (where it is marked done). */
  readonly meetingId: string;
  readonly actionId: string;
  readonly owner: string;
  /** The owner's address, when the school has one (to tell "my" actions from others'). */
  readonly ownerEmail: string;
  readonly text: string;
  /** The day it is due, `YYYY-MM-DD` in the school's zone. */
  readonly due: string;
}

export interface OwnerActions {
  readonly owner: string;
  readonly actions: readonly ActionItem[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every action in the meetings' latest sent summaries that is not marked done and was due before
 * `today` (`YYYY-MM-DD` in the school's zone). An action without a date is never overdue.
 */
export function overdueSummaryActions(meetings: readonly ChildMeeting[], today: string): ActionItem[] {
  return meetings.flatMap(({ id, meeting }) => {
    const summary = meeting.summary;
    if (!summary) return [];
    const done = new Set(summary.done.map((d) => d.actionId));
    return summary.current.draft.actions
      .filter((a) => !done.has(a.id) && ISO_DAY.test(a.due) && a.due < today)
      .map((a) => ({
        childId: meeting.childId,
        meetingId: id,
        actionId: a.id,
        owner: a.owner.name,
        ownerEmail: a.owner.email,
        text: a.what,
        due: a.due,
      }));
  });
}

/** Overdue actions by owner (alphabetically), each owner's oldest first. */
export function overdueActionsByOwner(actions: readonly ActionItem[]): OwnerActions[] {
  const byOwner = new Map<string, ActionItem[]>();
  for (const action of actions) {
    const owner = action.owner.trim() || "No owner named";
    const list = byOwner.get(owner);
    if (list) list.push(action);
    else byOwner.set(owner, [action]);
  }
  return [...byOwner.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en-GB"))
    .map(([owner, list]) => ({ owner, actions: list.sort((a, b) => a.due.localeCompare(b.due)) }));
}

export interface AdjustmentToArrange {
  readonly childId: string;
  readonly meetingId: string;
  /** The follow-up's id within the meeting (`<household>:<kind>`). */
  readonly followUpId: string;
  readonly start: Instant;
  /** Who asked (the carer's name as the offer addressed them). */
  readonly askedBy: string;
  /** What must be arranged, in plain words ("Interpreter (Polish)"). */
  readonly request: string;
}

/**
 * Each adjustment followed on a booked meeting still ahead that is still only requested: neither
 * arranged nor found not possible. Soonest meeting first.
 */
export function adjustmentsNotArranged(
  meetings: readonly ChildMeeting[],
  now: Instant,
): AdjustmentToArrange[] {
  const out: AdjustmentToArrange[] = [];
  for (const { id, meeting } of meetings) {
    const start = meeting.booking?.slot.start;
    if (meeting.status !== "booked" || start === undefined || start < now) continue;
    for (const item of readiness(meeting).open) {
      const askedBy = meeting.carers.find((c) => c.id === item.carerId)?.name ?? "A carer";
      out.push({
        childId: meeting.childId,
        meetingId: id,
        followUpId: item.id,
        start,
        askedBy,
        request: followUpName(item),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
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
  /** Open actions from the meetings' summaries, past their date. */
  readonly overdueActions: readonly OwnerActions[];
  readonly adjustments: readonly AdjustmentToArrange[];
  readonly transitions: readonly TransitionDue[];
  /** Days between reviews, from the school's profile. */
  readonly reviewEveryDays: number;
}

/** The dashboard as a use case. */
export interface Dashboard {
  load(scope: DashboardScope): Promise<DashboardView>;
}
