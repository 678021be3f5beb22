import type * as G from "@microsoft/microsoft-graph-types";
import { graphFromMs, msFromGraph } from "../graphTime";
import { graphError, ok, type Route, route } from "../http";

interface ScheduleRequest {
  schedules?: string[];
  startTime?: G.DateTimeTimeZone;
  endTime?: G.DateTimeTimeZone;
  availabilityViewInterval?: number;
}

const VIEW: Record<string, string> = {
  free: "0",
  tentative: "1",
  busy: "2",
  oof: "3",
  workingElsewhere: "4",
};
/** When items overlap one interval, the view shows the busiest: out of office, busy, tentative, elsewhere. */
const RANK: Record<string, number> = { "0": 0, "4": 1, "1": 2, "2": 3, "3": 4 };
const MAX_SCHEDULES = 20;
const MAX_DAYS = 62;

/** `POST /me/calendar/getSchedule`: busy items, the availability view and working hours per address. */
export const scheduleRoutes: Route[] = [
  route("POST", /^\/me\/calendar\/getSchedule$/, (req, _p, ctx) => {
    const body = (req.body ?? {}) as ScheduleRequest;
    const schedules = body.schedules ?? [];
    const interval = body.availabilityViewInterval ?? 30;
    if (schedules.length === 0 || schedules.length > MAX_SCHEDULES) {
      return graphError(
        400,
        "ErrorInvalidRequest",
        `The number of schedules must be between 1 and ${MAX_SCHEDULES}.`,
        ctx.now(),
      );
    }
    if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
      return graphError(
        400,
        "ErrorInvalidParameter",
        "availabilityViewInterval must be between 5 and 1440 minutes.",
        ctx.now(),
      );
    }
    let start: number;
    let end: number;
    try {
      start = msFromGraph(body.startTime);
      end = msFromGraph(body.endTime);
    } catch (e) {
      return graphError(400, "ErrorInvalidRequest", String(e), ctx.now());
    }
    if (end <= start || end - start >= MAX_DAYS * 86_400_000) {
      return graphError(
        400,
        "ErrorInvalidTimeInterval",
        `The time interval must be positive and less than ${MAX_DAYS} days.`,
        ctx.now(),
      );
    }
    const value = schedules.map((address) => {
      const key = address.toLowerCase();
      const events = ctx.state.calendars[key];
      if (!events) {
        return {
          scheduleId: address,
          availabilityView: "",
          scheduleItems: [],
          workingHours: null,
          error: {
            message: `The specified emailAddress ${address} is not valid or not found.`,
            responseCode: "ErrorMailRecipientNotFound",
          },
        };
      }
      const items = events
        .filter((e) => !e.isCancelled && e.showAs !== "free")
        .map((e) => ({ e, s: msFromGraph(e.start), f: msFromGraph(e.end) }))
        .filter(({ s, f }) => s < end && f > start)
        .sort((a, b) => a.s - b.s);
      const slots = Math.ceil((end - start) / (interval * 60_000));
      let view = "";
      for (let i = 0; i < slots; i++) {
        const from = start + i * interval * 60_000;
        const to = from + interval * 60_000;
        let worst = "0";
        for (const { e, s, f } of items) {
          if (s < to && f > from) {
            const code = VIEW[e.showAs ?? "busy"] ?? "2";
            if ((RANK[code] ?? 0) > (RANK[worst] ?? 0)) worst = code;
          }
        }
        view += worst;
      }
      return {
        scheduleId: address,
        availabilityView: view,
        scheduleItems: items.map(({ e, s, f }) => ({
          isPrivate: e.sensitivity === "private",
          status: e.showAs ?? "busy",
          // Graph hides the subject and location of private events from others.
          ...(e.sensitivity === "private"
            ? {}
            : { subject: e.subject ?? "", location: e.location?.displayName ?? "" }),
          isMeeting: (e.attendees?.length ?? 0) > 0,
          isRecurring: false,
          isException: false,
          isReminderSet: false,
          start: graphFromMs(s),
          end: graphFromMs(f),
        })),
        workingHours: ctx.state.workingHours[key] ?? null,
      };
    });
    return ok({
      "@odata.context":
        "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)",
      value,
    });
  }),
];
