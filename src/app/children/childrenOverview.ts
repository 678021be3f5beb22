import {
  ATTENTION_STATUSES,
  type ChildMeeting,
  type ChildrenOverview,
  childAttention,
} from "../../domain/families/childAttention";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import type { Directory } from "../../domain/ports/directory";
import type { Records } from "../../domain/ports/records";
import type { Carer } from "../../domain/school/people";
import type { Clock } from "../../domain/time/clock";

export interface ChildrenOverviewPorts {
  readonly directory: Pick<Directory, "children" | "allCarers">;
  readonly records: Pick<Records, "meetingsWithStatus">;
  readonly clock: Clock;
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
      const [children, carers, items] = await Promise.all([
        ports.directory.children(),
        ports.directory.allCarers(),
        ports.records.meetingsWithStatus(ATTENTION_STATUSES),
      ]);
      const now = ports.clock.now();
      const meetings: ChildMeeting[] = items.flatMap((item) => {
        const read = readMeeting(item);
        return read.ok ? [{ id: item.id, meeting: read.stored.meeting }] : [];
      });
      const carersOf = byChild<Carer>(carers, (c) => c.childId);
      const meetingsOf = byChild(meetings, (m) => m.meeting.childId);
      return children.map((child) =>
        childAttention(child, carersOf.get(child.id) ?? [], meetingsOf.get(child.id) ?? [], now),
      );
    },
  };
}
