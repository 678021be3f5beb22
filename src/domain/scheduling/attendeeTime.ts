import { type Interval, intersect, normalise, subtract, widen } from "../time/interval";
import {
  busyEffect,
  type HoldKind,
  type MeetingFormat,
  roomIsBlockedBy,
  type TentativePolicy,
} from "./freeBusy";
import type { Attendee, RoomCandidate, WorkingHours } from "./request";
import { type SearchSpan, workingTime } from "./timeWindows";

/** Everything the engine needs to know about one person's time, precomputed once per search. */
export interface AttendeeTime {
  readonly attendee: Attendee;
  /** When they work (the whole search span if their hours are unknown). */
  readonly working: Interval[];
  /** Entries that rule a time out, widened by the buffers. */
  readonly blocked: Interval[];
  /** Entries that allow a time but must be mentioned, widened by the buffers. */
  readonly holds: readonly { readonly kind: HoldKind; readonly intervals: Interval[] }[];
  /** `working` minus `blocked`: where the meeting (without buffers) may sit. */
  readonly available: Interval[];
}

/** Rules that apply to every person in one search. */
export interface AttendeeRules {
  readonly format: MeetingFormat;
  readonly tentative: TentativePolicy;
  readonly bufferBeforeMs: number;
  readonly bufferAfterMs: number;
  readonly span: SearchSpan;
}

const hoursKey = (h: WorkingHours) => `${h.zone}|${[...h.days].sort().join(",")}|${h.from}|${h.to}`;

/**
 * Builds a function that works out one person's time. Most staff share working hours, so the
 * per-day zone conversion is done once per distinct set of hours.
 */
export function attendeeTimeBuilder(rules: AttendeeRules): (attendee: Attendee) => AttendeeTime {
  const workingCache = new Map<string, Interval[]>();
  const whole = [{ start: rules.span.from, end: rules.span.to }];
  // A meeting [s, e) with buffers clashes with busy [b, f) when [s, e) meets [b - after, f + before).
  const pad = (list: Interval[]) => widen(list, rules.bufferAfterMs, rules.bufferBeforeMs);
  return (attendee) => {
    const hours = attendee.workingHours;
    let working = whole;
    if (hours) {
      const key = hoursKey(hours);
      working = workingCache.get(key) ?? workingTime(hours, rules.span);
      workingCache.set(key, working);
    }
    const blocked: Interval[] = [];
    const holds = new Map<HoldKind, Interval[]>();
    for (const block of attendee.busy) {
      const effect = busyEffect(block.status, rules.format, rules.tentative);
      if (effect === "blocks") blocked.push(block);
      else if (effect !== "none") {
        const list = holds.get(effect) ?? [];
        list.push(block);
        holds.set(effect, list);
      }
    }
    const padded = pad(blocked);
    return {
      attendee,
      working,
      blocked: padded,
      holds: [...holds].map(([kind, list]) => ({ kind, intervals: pad(list) })),
      available: subtract(intersect(working, whole), padded),
    };
  };
}

/** A room that meets the request's needs, with its busy time widened by the buffers. */
export interface RoomTime {
  readonly room: RoomCandidate;
  readonly blocked: Interval[];
}

/**
 * Rooms with every needed feature and enough seats, smallest first so big rooms stay free for
 * big meetings; ties go by id so the choice never depends on input order.
 */
export function suitableRooms(
  rooms: readonly RoomCandidate[],
  features: readonly string[],
  seats: number,
  rules: AttendeeRules,
): RoomTime[] {
  return rooms
    .filter(
      (r) => r.capacity >= seats && features.every((f) => (r.features as readonly string[]).includes(f)),
    )
    .sort((a, b) => a.capacity - b.capacity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((room) => ({
      room,
      blocked: widen(
        normalise(room.busy.filter((b) => roomIsBlockedBy(b.status))),
        rules.bufferAfterMs,
        rules.bufferBeforeMs,
      ),
    }));
}
