import type { Instant } from "../time/instant";

/**
 * How a calendar entry shows on free/busy (Graph's `showAs` / schedule item `status`).
 * `unknown` stands for anything we do not recognise, and is treated as busy.
 */
export type FreeBusyStatus = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

/** One entry on a person's or room's calendar. */
export interface BusyBlock {
  readonly start: Instant;
  readonly end: Instant;
  readonly status: FreeBusyStatus;
}

/** Where the meeting happens. In person and hybrid need a room; online does not. */
export type MeetingFormat = "inPerson" | "online" | "hybrid";

/** Whether a required person's tentative hold rules a time out (the default) or only gets a mention. */
export type TentativePolicy = "blocks" | "allowed";

/** A clash that does not rule a time out but must be said out loud in the slot's reason. */
export type HoldKind = "tentative" | "joinsOnline";

/** What one calendar entry means for whether a person can come. */
export type BusyEffect = "blocks" | HoldKind | "none";

const KNOWN = new Set<string>(["free", "tentative", "busy", "oof", "workingElsewhere"]);

/** Maps a Graph status string onto ours; anything unrecognised becomes `unknown` (treated as busy). */
export function freeBusyStatus(raw: string | null | undefined): FreeBusyStatus {
  return raw != null && KNOWN.has(raw) ? (raw as FreeBusyStatus) : "unknown";
}

/**
 * What an entry on a person's calendar means for a meeting of the given format.
 * - `free` never blocks.
 * - `busy`, `oof` (out of office) and `unknown` always block: when in doubt, do not offer a time
 *   we might have to take back from a family.
 * - `tentative` blocks unless the caller allows it; then the time is offered but flagged.
 * - `workingElsewhere` means "at work, not on this site". It blocks an in-person meeting (they
 *   cannot be in the room), does not matter for an online one, and for a hybrid meeting the person
 *   can join remotely, which we flag so the organiser knows who will be on screen.
 */
export function busyEffect(
  status: FreeBusyStatus,
  format: MeetingFormat,
  tentative: TentativePolicy,
): BusyEffect {
  switch (status) {
    case "free":
      return "none";
    case "tentative":
      return tentative === "blocks" ? "blocks" : "tentative";
    case "workingElsewhere":
      if (format === "inPerson") return "blocks";
      return format === "hybrid" ? "joinsOnline" : "none";
    case "busy":
    case "oof":
    case "unknown":
      return "blocks";
  }
}

/**
 * Rooms are simpler: anything but `free` blocks. A tentative room booking is usually someone's
 * pending request, and offering a family a room we may lose is worse than offering one fewer time.
 */
export function roomIsBlockedBy(status: FreeBusyStatus): boolean {
  return status !== "free";
}
