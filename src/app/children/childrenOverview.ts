import {
  ATTENTION_STATUSES,
  type ChildMeeting,
  type ChildrenOverview,
  childAttention,
  reviewEveryDays,
} from "../../domain/families/childAttention";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import type { Directory } from "../../domain/ports/directory";
import type { Records } from "../../domain/ports/records";
import type { SchoolSettings } from "../../domain/ports/school-settings";
import type { Carer } from "../../domain/school/people";
import type { Clock } from "../../domain/time/clock";

export interface ChildrenOverviewPorts {
  readonly directory: Pick<Directory, "children" | "allCarers">;
  readonly records: Pick<Records, "meetingsWithStatus">;
  readonly clock: Clock;
  /** The school's profile, for its review cadence; three a year without one. */
  readonly schoolSettings?: Pick<SchoolSettings, "profile">;
}

/**
 * Days between reviews from the school's profile. A profile that cannot be read must not hide the
 * list: the guidance's three a year stands in, and the problem is logged for whoever looks.
 */
export async function reviewCadence(settings: Pick<SchoolSettings, "profile"> | undefined): Promise<number> {
  if (!settings) return reviewEveryDays(undefined);
  try {
    return reviewEveryDays((await settings.profile())?.reviewsPerYear);
  } catch (error) {
    console.warn("The school profile could not be read; reviews are due three times a year", error);
    return reviewEveryDays(undefined);
  }
}

function byChild<T>(items: readonly T[], childId: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = childId(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/**
 * The children list with what needs attention: three whole-list reads (children, every carer,
 * the meetings in the states that matter), side by side, whatever the number of children.
 * A meeting record that cannot be read is left out here; the Meetings page says what is wrong with it.
 */
export function childrenOverview(ports: ChildrenOverviewPorts): ChildrenOverview {
  return {
    async load() {
      const [children, carers, items, everyDays] = await Promise.all([
        ports.directory.children(),
        ports.directory.allCarers(),
        ports.records.meetingsWithStatus(ATTENTION_STATUSES),
        reviewCadence(ports.schoolSettings),
      ]);
      const now = ports.clock.now();
      const meetings: ChildMeeting[] = items.flatMap((item) => {
        const read = readMeeting(item);
        return read.ok ? [{ id: item.id, meeting: read.stored.meeting }] : [];
      });
      const carersOf = byChild<Carer>(carers, (c) => c.childId);
      const meetingsOf = byChild(meetings, (m) => m.meeting.childId);
      return children.map((child) =>
        childAttention(child, carersOf.get(child.id) ?? [], meetingsOf.get(child.id) ?? [], now, everyDays),
      );
    },
  };
}
