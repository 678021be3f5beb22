import type { Instant } from "../time/instant";
import { containsSpan, overlapsAny } from "../time/interval";
import { localParts } from "../time/zonedTime";
import type { Candidate } from "./candidates";
import { byName, type SearchPlan } from "./plan";
import { slotReason } from "./reasonText";
import type { FamilyFit, Hold, Slot } from "./result";
import { schoolDayHours } from "./schoolDays";

/**
 * Turns a chosen candidate into a slot with its full details and reason. Runs only for the few
 * slots offered, so it can afford binary searches and zone lookups.
 */
export function describeSlot(plan: SearchPlan, c: Candidate): Slot {
  const req = plan.request;
  const start = c.start;
  const end = (c.start + plan.lengthMs) as Instant;
  const room = c.roomIndex >= 0 ? plan.rooms[c.roomIndex]?.room : undefined;
  const optionalFree = plan.optional
    .filter((o) => containsSpan(o.available, start, end))
    .map((o) => o.attendee);
  const optionalBusy = plan.optional.map((o) => o.attendee).filter((a) => !optionalFree.includes(a));
  const holds = plan.required
    .flatMap((p) =>
      p.holds
        .filter((h) => overlapsAny(h.intervals, start, end))
        .map((h) => ({ attendee: p.attendee, kind: h.kind })),
    )
    .sort((x, y) => byName(x.attendee, y.attendee) || (x.kind < y.kind ? -1 : 1));
  const fit: FamilyFit = !plan.family.stated
    ? { kind: "unstated" }
    : c.rank < plan.family.byRank.length
      ? { kind: "preferred", rank: c.rank }
      : { kind: "acceptable" };
  const schoolTime = localParts(start, req.school.zone);
  const familyTime = localParts(start, req.family.zone);
  const core = schoolDayHours(req.school, schoolTime.date, false);
  const endTime = localParts(end, req.school.zone);
  const outsideCoreDay =
    schoolTime.minutes < core.from
      ? "early"
      : endTime.date !== schoolTime.date || endTime.minutes > core.to
        ? "late"
        : undefined;
  const reason = slotReason({
    schoolTime,
    familyTime,
    schoolZone: req.school.zone,
    familyZone: req.family.zone,
    fit,
    window: fit.kind === "preferred" ? req.family.preferred[fit.rank] : undefined,
    outsideCoreDay,
    required: [...plan.required.map((p) => p.attendee)].sort(byName),
    optionalFree,
    optionalBusy,
    holds,
    format: req.meeting.format,
    room,
    roomFeatures: req.roomFeatures,
  });
  return {
    start,
    end,
    room: room ? { id: room.id, name: room.name } : undefined,
    optionalFree: optionalFree.map((a) => a.id),
    optionalBusy: optionalBusy.map((a) => a.id),
    familyFit: fit,
    holds: holds.map((h): Hold => ({ attendeeId: h.attendee.id, kind: h.kind })),
    schoolTime,
    familyTime,
    reason,
  };
}
