import type { Meeting, MeetingSlot } from "../meeting";
import type { MeetingDeps } from "./flowDeps";

/** Who is not free for `slot`; an unreadable calendar counts as not free. Our own holds do not count. */
export async function whoIsBusy(
  meeting: Meeting,
  deps: Pick<MeetingDeps, "freeBusy" | "sender">,
  slot: MeetingSlot,
): Promise<string[]> {
  const required = meeting.invitees.filter((i) => i.required);
  const addresses = [...required.map((i) => i.email), ...(slot.roomEmail ? [slot.roomEmail] : [])];
  const schedules = await deps.freeBusy.schedules(addresses, slot.start, slot.end);
  const organizer = (meeting.organizer || deps.sender.email).toLowerCase();
  const mine = [...(meeting.offer?.slots ?? []), ...(meeting.replacing ? [meeting.replacing.slot] : [])];
  // Our holds, and the booking being moved, are ours to release: they do not make a time busy.
  const ours = (address: string, start: number, end: number) =>
    address === organizer && mine.some((s) => s.start === start && s.end === end);
  return schedules
    .filter(
      (s) =>
        s.error !== undefined ||
        s.busy.some(
          (b) =>
            b.status !== "free" &&
            b.start < slot.end &&
            b.end > slot.start &&
            !ours(s.address, b.start, b.end),
        ),
    )
    .map(
      (s) => required.find((i) => i.email.toLowerCase() === s.address)?.name ?? slot.roomName ?? s.address,
    );
}
