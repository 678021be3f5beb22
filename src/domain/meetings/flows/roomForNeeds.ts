import { roomFeaturesFor } from "../../adjustments/catalogue";
import type { Room, RoomFeature } from "../../school/people";
import { replyOf } from "../households";
import type { Meeting, MeetingSlot } from "../meeting";
import { MeetingError } from "../meetingError";
import type { MeetingDeps } from "./flowDeps";

/** The room features the households' replies ask for (a hearing loop, step-free, quiet), each once. */
export function featuresAskedBy(meeting: Meeting, households: readonly string[]): RoomFeature[] {
  return roomFeaturesFor(households.flatMap((h) => replyOf(meeting, h)?.answer.adjustments ?? []));
}

const hasAll = (room: Room, features: readonly RoomFeature[]) =>
  features.every((f) => room.features.includes(f));

/**
 * The slot in a room that has every feature the households asked for. The offered room is kept
 * when it has them; otherwise the smallest free room that does and seats everyone. An online
 * meeting (no room), or one whose replies ask for no feature, is left as it is. None free: the
 * time cannot be booked as asked, and staff are told which features no free room has.
 */
export async function roomForNeeds(
  meeting: Meeting,
  slot: MeetingSlot,
  households: readonly string[],
  deps: Pick<MeetingDeps, "freeBusy" | "rooms">,
): Promise<MeetingSlot> {
  const features = featuresAskedBy(meeting, households);
  if (!slot.roomEmail || features.length === 0 || !deps.rooms) return slot;
  const rooms = await deps.rooms();
  const offered = rooms.find((r) => r.email.toLowerCase() === slot.roomEmail?.toLowerCase());
  if (offered && hasAll(offered, features)) return slot;
  const seats = meeting.invitees.length + meeting.carers.length;
  const candidates = rooms
    .filter((r) => hasAll(r, features) && r.capacity >= seats)
    .sort((a, b) => a.capacity - b.capacity || a.name.localeCompare(b.name));
  if (candidates.length > 0) {
    const schedules = await deps.freeBusy.schedules(
      candidates.map((r) => r.email),
      slot.start,
      slot.end,
    );
    const free = candidates.find((r) => {
      const s = schedules.find((x) => x.address === r.email.toLowerCase());
      return (
        s !== undefined &&
        s.error === undefined &&
        !s.busy.some((b) => b.status !== "free" && b.start < slot.end && b.end > slot.start)
      );
    });
    if (free) return { ...slot, roomEmail: free.email, roomName: free.name };
  }
  throw new MeetingError({ code: "noSuitableRoom", slot, features });
}
