import type * as G from "@microsoft/microsoft-graph-types";
import { findIana } from "windows-iana";
import type { FreeBusy, Schedule } from "../../domain/ports/free-busy";
import { freeBusyStatus } from "../../domain/scheduling/freeBusy";
import type { WorkingHours } from "../../domain/scheduling/request";
import { DAY_MS, type Instant, instant } from "../../domain/time/instant";
import type { Weekday } from "../../domain/time/localDate";
import { type WallTime, wallTime } from "../../domain/time/wallTime";
import { ianaZone } from "../../domain/time/zone";
import { graphFromInstant, instantFromGraph } from "./graphTime";
import type { GraphTransport } from "./transport";

/** Graph's limits for one getSchedule call. */
export const SCHEDULES_PER_CALL = 20;
export const MAX_WINDOW_MS = 61 * DAY_MS;

/** ISO weekdays, as the slot engine numbers them: Monday is 1. */
const DAYS: Record<string, Weekday> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

function wall(time: string | null | undefined): WallTime {
  const [h = "0", m = "0"] = (time ?? "00:00").split(":");
  return wallTime(Number(h), Number(m));
}

export function workingHoursFrom(w: G.WorkingHours | null | undefined): WorkingHours | undefined {
  if (!w?.daysOfWeek?.length) return undefined;
  const zoneName = w.timeZone?.name ?? "UTC";
  const candidates = [zoneName, ...(findIana(zoneName) ?? [])];
  for (const name of candidates) {
    try {
      return {
        days: w.daysOfWeek.flatMap((d) => (DAYS[d] ? [DAYS[d]] : [])),
        from: wall(w.startTime),
        to: wall(w.endTime),
        zone: ianaZone(name === "UTC" ? "Etc/UTC" : name),
      };
    } catch (cause) {
      if (!(cause instanceof RangeError)) throw cause;
    }
  }
  return undefined;
}

interface ScheduleInformation {
  scheduleId: string;
  scheduleItems?: G.ScheduleItem[];
  workingHours?: G.WorkingHours | null;
  error?: { message?: string; responseCode?: string } | null;
}

/**
 * Free/busy through `getSchedule`: at most 20 addresses and under 62 days a call, so a larger
 * question is split into calls and the answers joined, transparently.
 */
export class GraphFreeBusy implements FreeBusy {
  constructor(private readonly graph: GraphTransport) {}

  async schedules(addresses: readonly string[], from: Instant, to: Instant): Promise<Schedule[]> {
    const unique = [...new Set(addresses.map((a) => a.toLowerCase()))];
    const groups: string[][] = [];
    for (let i = 0; i < unique.length; i += SCHEDULES_PER_CALL)
      groups.push(unique.slice(i, i + SCHEDULES_PER_CALL));
    const windows: [Instant, Instant][] = [];
    for (let s = from; s < to; s = instant(Math.min(to, s + MAX_WINDOW_MS)))
      windows.push([s, instant(Math.min(to, s + MAX_WINDOW_MS))]);
    const calls = groups.flatMap((group) => windows.map(([s, e]) => ({ group, s, e })));
    const answers = await Promise.all(
      calls.map(({ group, s, e }) =>
        this.graph
          .request<{ value: ScheduleInformation[] }>({
            method: "POST",
            path: "/me/calendar/getSchedule",
            body: {
              schedules: group,
              startTime: graphFromInstant(s),
              endTime: graphFromInstant(e),
              availabilityViewInterval: 15,
            },
            safeToRepeat: true,
          })
          .then((r) => r.body.value),
      ),
    );
    const byAddress = new Map<
      string,
      { busy: Schedule["busy"][number][]; workingHours: WorkingHours | undefined; error: string | undefined }
    >();
    for (const address of unique)
      byAddress.set(address, { busy: [], workingHours: undefined, error: undefined });
    for (const info of answers.flat()) {
      const entry = byAddress.get(info.scheduleId.toLowerCase());
      if (!entry) continue;
      if (info.error) entry.error = info.error.message ?? info.error.responseCode ?? "unavailable";
      entry.workingHours ??= workingHoursFrom(info.workingHours);
      for (const item of info.scheduleItems ?? []) {
        entry.busy.push({
          start: instantFromGraph(item.start),
          end: instantFromGraph(item.end),
          status: freeBusyStatus(item.status),
        });
      }
    }
    return unique.map((address) => {
      const e = byAddress.get(address) ?? { busy: [], workingHours: undefined, error: "not asked" };
      // An item spanning two windows comes back twice; keep one.
      const seen = new Set<string>();
      const busy = e.busy
        .filter((b) => {
          const key = `${b.start}|${b.end}|${b.status}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .sort((a, b) => a.start - b.start);
      return { address, busy, workingHours: e.workingHours, error: e.error };
    });
  }
}
