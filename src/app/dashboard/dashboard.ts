import {
  adjustmentsNotArranged,
  type Dashboard,
  meetingsThisWeek,
  openOffers,
  overdueActionsByOwner,
  overdueSummaryActions,
  reviewsDue,
  transitionsWithoutPlanning,
} from "../../domain/dashboard/dashboard";
import { inScope } from "../../domain/dashboard/scope";
import { sessionStart } from "../../domain/dashboard/session";
import { ATTENTION_STATUSES, type ChildMeeting, childAttention } from "../../domain/families/childAttention";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import type { Directory } from "../../domain/ports/directory";
import type { Records } from "../../domain/ports/records";
import type { SchoolSettings } from "../../domain/ports/school-settings";
import type { Carer } from "../../domain/school/people";
import type { Clock } from "../../domain/time/clock";
import { isoDateIn } from "../../domain/time/format";
import type { IanaZone } from "../../domain/time/zone";
import { reviewCadence } from "../children/childrenOverview";

export interface DashboardPorts {
  readonly directory: Pick<Directory, "children" | "allCarers">;
  readonly records: Pick<Records, "meetingsWithStatus">;
  readonly schoolSettings: Pick<SchoolSettings, "profile" | "calendar">;
  readonly clock: Clock;
  readonly schoolZone: IanaZone;
}

/**
 * The team's dashboard: the same whole-list reads as the children list (children, every carer, the
 * meetings in the states that matter, with their summaries' actions and adjustment follow-ups),
 * plus the school's profile and calendar, side by side. Each section is one small domain function
 * over what was read, narrowed to the scope.
 */
export function dashboard(ports: DashboardPorts): Dashboard {
  return {
    async load(scope) {
      const [children, carers, items, everyDays, calendar] = await Promise.all([
        ports.directory.children(),
        ports.directory.allCarers(),
        ports.records.meetingsWithStatus(ATTENTION_STATUSES),
        reviewCadence(ports.schoolSettings),
        ports.schoolSettings.calendar(),
      ]);
      const now = ports.clock.now();
      const shown = children.filter((c) => inScope(scope, c));
      const ids = new Set(shown.map((c) => c.id));
      const meetings: ChildMeeting[] = items.flatMap((item) => {
        const read = readMeeting(item);
        return read.ok && ids.has(read.stored.meeting.childId)
          ? [{ id: item.id, meeting: read.stored.meeting }]
          : [];
      });
      const carersOf = group<Carer>(carers, (c) => c.childId);
      const meetingsOf = group(meetings, (m) => m.meeting.childId);
      const attention = shown.map((child) =>
        childAttention(child, carersOf.get(child.id) ?? [], meetingsOf.get(child.id) ?? [], now, everyDays),
      );
      return {
        children: new Map(shown.map((c) => [c.id, c])),
        reviewsDue: reviewsDue(attention),
        openOffers: openOffers(meetings, now),
        thisWeek: meetingsThisWeek(meetings, now, ports.schoolZone),
        // "Before today" in the school's zone: an action due today is not late until tomorrow.
        overdueActions: overdueActionsByOwner(
          overdueSummaryActions(meetings, isoDateIn(now, ports.schoolZone)),
        ),
        adjustments: adjustmentsNotArranged(meetings, now),
        transitions: transitionsWithoutPlanning(
          shown,
          meetings,
          sessionStart(now, ports.schoolZone, calendar),
        ),
        reviewEveryDays: everyDays,
      };
    },
  };
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
