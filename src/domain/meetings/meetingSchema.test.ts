import { describe, expect, it } from "vitest";
import { instant } from "../time/instant";
import { readMeeting, writeMeeting } from "./meetingSchema";
import { offeredMeeting } from "./testing/meetingFixture";

/** A v1 record as the first release wrote it: booked from one household's reply, part-way through confirming. */
const V1 = {
  v: 1,
  childId: "GP1001",
  typeId: "supportPlanReview",
  purpose: "to look at how things are going",
  note: "",
  format: "inPerson",
  // v1 kept invitees and carers as v2 does.
  invitees: offeredMeeting().invitees,
  carers: offeredMeeting().carers,
  slots: [
    {
      start: 1_800_000_000_000,
      end: 1_800_003_600_000,
      roomEmail: "family-room@glenmore.example.org",
      roomName: "Family Room",
    },
    { start: 1_800_090_000_000, end: 1_800_093_600_000 },
  ],
  holds: [],
  sent: ["c1", "c2"],
  createdAt: 1_799_000_000_000,
  expires: 1_800_000_000_000,
  reply: {
    carerId: "c1",
    answerJson: JSON.stringify({
      ref: "CG-AAAA-AAAA",
      choice: 1,
      availability: "",
      adjustments: ["interpreter"],
      interpreterLanguage: "Polish",
      otherNeeds: "",
      supporter: null,
      speakingOrder: "noPreference",
      message: "Dziękuję",
    }),
    receivedAt: 1_799_500_000_000,
  },
  organizer: "aileen.macrae@glenmore.example.org",
  bookingStarted: 0,
  booking: {
    eventId: "ev-1",
    slot: {
      start: 1_800_000_000_000,
      end: 1_800_003_600_000,
      roomEmail: "family-room@glenmore.example.org",
      roomName: "Family Room",
    },
  },
  confirmed: ["c1"],
  logged: false,
};

const item = (data: unknown, status = "booking") => ({
  id: "12",
  version: '"e1"',
  childId: "GP1001",
  status,
  data: typeof data === "string" ? data : JSON.stringify(data),
});

describe("meeting records", () => {
  it("migrates a v1 booking interrupted part-way, so v2 finishes it without repeating what v1 did", () => {
    const read = readMeeting(item(V1));
    if (!read.ok) throw new Error(read.problem);
    const m = read.stored.meeting;
    expect(m).toMatchObject({
      v: 2,
      status: "booking",
      keepApart: false,
      offer: { round: 1, wantHolds: false, sentAt: 1_799_000_000_000, expires: 1_800_000_000_000 },
      booking: { eventId: "ev-1", households: ["1"], online: false, slot: { roomName: "Family Room" } },
      work: { flow: "book", attempt: 1, slot: 0, carerId: "c1", households: ["1"] },
    });
    expect(m.replies).toEqual([
      {
        carerId: "c1",
        round: 1,
        receivedAt: 1_799_500_000_000,
        answer: expect.objectContaining({ choice: 1, interpreterLanguage: "Polish" }),
      },
    ]);
    expect([...m.done].sort()).toEqual([
      "book:1:holds",
      "book:1:mail:c1",
      "offer:1:log:c1",
      "offer:1:log:c2",
      "offer:1:mail:c1",
      "offer:1:mail:c2",
    ]);
    expect(m.offer?.slots[1]).toEqual({
      start: 1_800_090_000_000,
      end: 1_800_093_600_000,
      roomEmail: undefined,
      roomName: undefined,
    });
  });

  it("takes a v1 record's status from its column, or from what it holds when the column is odd", () => {
    const offered = readMeeting(
      item({ ...V1, booking: undefined, bookingStarted: undefined, reply: undefined }, "offered"),
    );
    expect(offered.ok && offered.stored.meeting).toMatchObject({
      status: "offered",
      work: undefined,
      booking: undefined,
    });
    const odd = readMeeting(item(V1, "requested"));
    expect(odd.ok && odd.stored.meeting.status).toBe("booked");
  });

  it("round-trips what it writes", () => {
    const m = offeredMeeting({ keepApart: true, chases: [] });
    const read = readMeeting(item(writeMeeting(m), "offered"));
    expect(read).toEqual({ ok: true, stored: { id: "12", version: '"e1"', meeting: m } });
  });

  it("round-trips the adjustments followed on a meeting, and reads a record from before them as having none", () => {
    const m = {
      ...offeredMeeting(),
      adjustments: [
        {
          id: "1:hearingLoop",
          kind: "hearingLoop" as const,
          household: "1",
          carerId: "c1",
          detail: "",
          state: "notPossible" as const,
          changes: 1,
          by: "Aileen MacRae",
          at: instant(Date.UTC(2026, 10, 24)),
          reason: "The loop is being repaired.",
        },
      ],
    };
    const read = readMeeting(item(writeMeeting(m), "offered"));
    expect(read.ok && read.stored.meeting.adjustments).toEqual(m.adjustments);
    const before = readMeeting(item(writeMeeting(offeredMeeting()), "offered"));
    expect(before.ok && before.stored.meeting.adjustments).toBeUndefined();
    // A kind this version does not know (hand-edited, say) is reported, not guessed at.
    const unknown = readMeeting(item(writeMeeting(m).replace('"kind":"hearingLoop"', '"kind":"teleport"')));
    expect(unknown).toMatchObject({ ok: false, problem: expect.stringMatching(/^adjustments\.0\.kind/) });
  });

  it("reports a record it cannot read with the reason, and never throws", () => {
    const cases: [string | object, RegExp][] = [
      ["{not json", /not JSON/],
      [{ v: 2, status: "lost" }, /^status: /],
      [{ ...V1, reply: { carerId: "c1", answerJson: "{]", receivedAt: 1 } }, /^replies\.0\.answer/],
      [{ v: 9 }, /newer version of Common Ground \(data version 9\)/],
      ["null", /.+/],
      ["[]", /.+/],
    ];
    for (const [data, problem] of cases) {
      const read = readMeeting(item(data));
      expect(read.ok, String(data)).toBe(false);
      if (!read.ok)
        expect(read).toMatchObject({ id: "12", childId: "GP1001", problem: expect.stringMatching(problem) });
    }
  });
});
