import { TZDate } from "@date-fns/tz";
import type * as G from "@microsoft/microsoft-graph-types";
import { pick } from "./prng";
import { ROOMS, SCHOOL, type SeedStaff, STAFF } from "./school";

/** A busy block in the school's local time on one day. */
interface Block {
  start: [number, number];
  end: [number, number];
  subject: string;
  showAs: G.FreeBusyStatus;
  room?: string;
}

const TEACHING: readonly Block[] = [
  { start: [8, 50], end: [10, 30], subject: "Teaching", showAs: "busy" },
  { start: [10, 45], end: [12, 15], subject: "Teaching", showAs: "busy" },
  { start: [13, 5], end: [15, 15], subject: "Teaching", showAs: "busy" },
];

const AFTER_SCHOOL = [
  "Staff meeting",
  "CPD: relational approaches",
  "Club supervision",
  "Planning meeting",
  "Parents' consultation",
];
const DAYTIME = [
  "Team meeting",
  "Multi-agency meeting",
  "Classroom observation",
  "Child's planning meeting",
  "Training",
  "Admin time",
];

export function utcDateTime(day: Date, [h, m]: [number, number]): G.DateTimeTimeZone {
  const local = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m, 0, SCHOOL.zone);
  return { dateTime: new Date(local.getTime()).toISOString().replace("Z", "0000"), timeZone: "UTC" };
}

function dayBlocks(staff: SeedStaff, weekday: number, random: () => number): Block[] {
  if (staff.days && !staff.days.includes(weekday)) return [];
  if (random() < 0.02) return [{ start: [8, 15], end: [16, 45], subject: "Annual leave", showAs: "oof" }];
  const blocks: Block[] = [];
  if (staff.teaches) {
    // Most teachers have one block of non-contact time a day when they are free to meet.
    const free = Math.floor(random() * 4);
    TEACHING.forEach((b, i) => {
      if (i !== free) blocks.push(b);
    });
  } else {
    for (const hour of [9, 10, 11, 13, 14]) {
      if (random() < 0.45) {
        const len = random() < 0.5 ? 30 : 60;
        blocks.push({
          start: [hour, 0],
          end: [hour + Math.floor(len / 60), len % 60],
          subject: pick(random, DAYTIME),
          showAs: random() < 0.15 ? "tentative" : "busy",
        });
      }
    }
  }
  if (weekday === 2 && staff.teaches)
    blocks.push({ start: [15, 30], end: [16, 30], subject: "Staff meeting", showAs: "busy" });
  else if (random() < 0.3) {
    blocks.push({
      start: [15, 30],
      end: [16, random() < 0.5 ? 15 : 30],
      subject: pick(random, AFTER_SCHOOL),
      showAs: "busy",
    });
  }
  if (random() < 0.06)
    blocks.push({
      start: [12, 15],
      end: [13, 0],
      subject: "Working at the cluster hub",
      showAs: "workingElsewhere",
    });
  return blocks;
}

/**
 * Eight weeks of realistic calendars from the Monday of `weekStart`'s week: teaching blocks with a
 * free period, after-school meetings, leave, tentative holds; plus room bookings.
 */
export function seedCalendars(
  weekStart: Date,
  random: () => number,
  nextId: () => string,
): Record<string, G.Event[]> {
  const calendars: Record<string, G.Event[]> = {};
  const event = (b: Block, day: Date, organizer: string): G.Event => ({
    id: nextId(),
    subject: b.subject,
    showAs: b.showAs,
    sensitivity: "normal",
    isAllDay: false,
    isCancelled: false,
    start: utcDateTime(day, b.start),
    end: utcDateTime(day, b.end),
    location: { displayName: b.room ?? "" },
    organizer: { emailAddress: { address: organizer } },
    attendees: [],
  });
  for (const staff of STAFF) {
    const address = `${staff.key}@${SCHOOL.domain}`;
    const events: G.Event[] = [];
    for (let d = 0; d < 56; d++) {
      const day = new Date(weekStart.getTime() + d * 86_400_000);
      const weekday = day.getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (const b of dayBlocks(staff, weekday, random)) events.push(event(b, day, address));
    }
    calendars[address] = events;
  }
  for (const room of ROOMS) {
    const address = `${room.key}@${SCHOOL.domain}`;
    const events: G.Event[] = [];
    for (let d = 0; d < 56; d++) {
      const day = new Date(weekStart.getTime() + d * 86_400_000);
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      for (const hour of [9, 11, 14, 15]) {
        if (random() < 0.25) {
          events.push(
            event(
              { start: [hour, 0], end: [hour + 1, 0], subject: "Booked", showAs: "busy", room: room.name },
              day,
              address,
            ),
          );
        }
      }
    }
    calendars[address] = events;
  }
  return calendars;
}
