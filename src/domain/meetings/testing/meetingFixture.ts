import { instant } from "../../time/instant";
import type { Meeting } from "../meeting";

/** A meeting offered to a split family (two households), for tests to change as they need. */
export function offeredMeeting(changes: Partial<Meeting> = {}): Meeting {
  const slot = (h: number) => ({
    start: instant(Date.UTC(2026, 10, 28, 9 + h)),
    end: instant(Date.UTC(2026, 10, 28, 10 + h)),
    roomEmail: "family-room@glenmore.example.org",
    roomName: "Family Room",
  });
  return {
    v: 2,
    status: "offered",
    childId: "GP9001",
    typeId: "supportPlanReview",
    purpose: "to look at how things are going",
    note: "",
    format: "inPerson",
    keepApart: false,
    organizer: "aileen.macrae@glenmore.example.org",
    invitees: [
      { email: "aileen.macrae@glenmore.example.org", name: "Aileen MacRae", role: "SENCo", required: true },
    ],
    carers: [
      {
        id: "c1",
        name: "Samira Aziz",
        email: "samira@example.net",
        lang: "pl",
        zone: "Europe/London",
        household: "1",
        ref: "CG-AAAA-AAAA",
      },
      {
        id: "c2",
        name: "Faisal Aziz",
        email: "faisal@example.net",
        lang: "en",
        zone: "Asia/Dubai",
        household: "2",
        ref: "CG-BBBB-BBBB",
      },
    ],
    createdAt: instant(Date.UTC(2026, 10, 23, 9)),
    offer: {
      round: 1,
      slots: [slot(0), slot(1), slot(2)],
      wantHolds: true,
      holds: [],
      sentAt: instant(Date.UTC(2026, 10, 23, 9)),
      expires: instant(Date.UTC(2026, 10, 28, 9)),
      baseMinutes: 60,
      allowedFor: [],
    },
    replies: [],
    booking: undefined,
    replacing: undefined,
    endReason: "",
    chases: [],
    done: [],
    work: undefined,
    ...changes,
  };
}

/** A meeting booked for one household for an hour from `start`, for tests to change as they need. */
export function bookedMeeting(start: number, changes: Partial<Meeting> = {}): Meeting {
  return offeredMeeting({
    status: "booked",
    booking: {
      slot: {
        start: instant(start),
        end: instant(start + 3_600_000),
        roomEmail: undefined,
        roomName: undefined,
      },
      eventId: "e1",
      joinUrl: undefined,
      households: ["1"],
      online: false,
    },
    ...changes,
  });
}
