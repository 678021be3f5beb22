import { describe, expect, it } from "vitest";
import { ianaZone } from "../time/zone";
import type { FreeBusyStatus } from "./freeBusy";
import type { Slot, SlotSearchResult } from "./result";
import { findSlots } from "./searchSlots";
import { at, busy, clockAt, d, iso, person, range, request, room, STAFF_HOURS, t } from "./testFixtures";

const NOW = clockAt("2026-01-01T09:00:00Z");
const slotsOf = (r: SlotSearchResult): readonly Slot[] => (r.kind === "found" ? r.slots : []);
const starts = (r: SlotSearchResult) => slotsOf(r).map((s) => iso(s.start));
// Monday 12 January 2026: a single day, so every offer competes for it.
const MONDAY = range("2026-01-12", "2026-01-12");

describe("findSlots: busy statuses", () => {
  const onMonday = (status: FreeBusyStatus, extra: Parameters<typeof request>[0] = {}) =>
    findSlots(
      request({
        search: MONDAY,
        maxSlots: 1,
        attendees: [
          person("senco", { busy: [busy("2026-01-12T08:30:00Z", "2026-01-12T12:00:00Z", status)] }),
        ],
        ...extra,
      }),
      NOW,
    );

  it.each<[FreeBusyStatus, string]>([
    ["free", "2026-01-12T08:30:00Z"],
    ["busy", "2026-01-12T12:00:00Z"],
    ["oof", "2026-01-12T12:00:00Z"],
    ["unknown", "2026-01-12T12:00:00Z"],
    ["tentative", "2026-01-12T12:00:00Z"],
    ["workingElsewhere", "2026-01-12T12:00:00Z"],
  ])("treats %s deliberately for an in-person meeting", (status, first) => {
    expect(starts(onMonday(status))).toEqual([first]);
  });

  const allDay = (status: FreeBusyStatus, extra: Parameters<typeof request>[0]) =>
    findSlots(
      request({
        search: MONDAY,
        maxSlots: 1,
        attendees: [
          person("senco", { busy: [busy("2026-01-12T08:00:00Z", "2026-01-12T18:00:00Z", status)] }),
        ],
        ...extra,
      }),
      NOW,
    );

  it("offers over a tentative hold only when allowed, and says so", () => {
    expect(allDay("tentative", {}).kind).toBe("none");
    const [slot] = slotsOf(allDay("tentative", { tentative: "allowed" }));
    expect(slot?.holds).toEqual([{ attendeeId: "senco", kind: "tentative" }]);
    expect(slot?.reason).toContain("senco has a tentative hold then");
  });

  it("prefers a time without a tentative hold when one exists the same day", () => {
    const r = onMonday("tentative", { tentative: "allowed", maxSlots: 3 });
    expect(slotsOf(r)[0]?.holds).toEqual([]);
    expect(starts(r)[0]).toBe("2026-01-12T12:00:00Z");
  });

  it("lets someone working elsewhere join an online meeting, and flags them for hybrid", () => {
    expect(starts(onMonday("workingElsewhere", { meeting: { format: "online", minutes: 60 } }))).toEqual([
      "2026-01-12T08:30:00Z",
    ]);
    const [hybrid] = slotsOf(allDay("workingElsewhere", { meeting: { format: "hybrid", minutes: 60 } }));
    expect(hybrid?.holds).toEqual([{ attendeeId: "senco", kind: "joinsOnline" }]);
    expect(hybrid?.reason).toContain("senco is working elsewhere and would join online");
  });

  it("keeps buffers clear of busy time", () => {
    const r = onMonday("busy", { meeting: { format: "inPerson", minutes: 60, bufferBeforeMinutes: 10 } });
    expect(starts(r)).toEqual(["2026-01-12T12:15:00Z"]);
  });
});

describe("findSlots: rooms", () => {
  const rooms = [
    room("hall", { capacity: 40, features: ["stepFree", "hearingLoop"] }),
    room("b-room", { capacity: 6, features: ["stepFree", "quiet"] }),
    room("a-room", { capacity: 6, features: ["stepFree", "quiet"] }),
    room("upstairs", { capacity: 4, features: ["quiet"] }),
  ];

  it("chooses the smallest room with every needed feature, then by id", () => {
    const r = findSlots(request({ search: MONDAY, maxSlots: 1, rooms, roomFeatures: ["stepFree"] }), NOW);
    expect(slotsOf(r)[0]?.room).toEqual({ id: "a-room", name: "a-room" });
    expect(slotsOf(r)[0]?.reason).toBe("Monday 8:30am; senco free; a-room (step-free)");
  });

  it("moves to the next room when the first is booked, and sizes for the whole party", () => {
    const booked = rooms.map((x) =>
      x.id === "a-room" ? { ...x, busy: [busy("2026-01-12T08:00:00Z", "2026-01-12T18:00:00Z")] } : x,
    );
    const r = findSlots(
      request({ search: MONDAY, maxSlots: 1, rooms: booked, roomFeatures: ["stepFree", "quiet"] }),
      NOW,
    );
    expect(slotsOf(r)[0]?.room?.id).toBe("b-room");
    const big = request({ search: MONDAY, maxSlots: 1, rooms, roomFeatures: [] });
    const party = findSlots({ ...big, family: { ...big.family, partySize: 8 } }, NOW);
    expect(slotsOf(party)[0]?.room?.id).toBe("hall");
  });

  it("needs no room online", () => {
    const r = findSlots(
      request({ search: MONDAY, maxSlots: 1, rooms: [], meeting: { format: "online", minutes: 30 } }),
      NOW,
    );
    expect(slotsOf(r)[0]?.room).toBeUndefined();
    expect(slotsOf(r)[0]?.reason).toBe("Monday 8:30am; senco free; online");
  });
});

describe("findSlots: ranking and spread", () => {
  const family = {
    zone: ianaZone("Europe/London"),
    preferred: [{ days: [2 as const], from: t("15:30"), to: t("24:00") }],
    acceptable: [
      {
        days: [1 as const, 2 as const, 3 as const, 4 as const, 5 as const],
        from: t("09:00"),
        to: t("12:00"),
      },
    ],
    avoidDates: [range("2026-01-14", "2026-01-14")],
    avoidDays: [],
    partySize: 2,
  };

  it("puts the family's preference first, then spreads over different days", () => {
    const r = findSlots(request({ family, maxSlots: 4 }), NOW);
    expect(starts(r)).toEqual([
      "2026-01-13T15:30:00Z",
      "2026-01-12T09:00:00Z",
      "2026-01-15T09:00:00Z",
      "2026-01-16T09:00:00Z",
    ]);
    expect(slotsOf(r).map((s) => s.familyFit.kind)).toEqual([
      "preferred",
      "acceptable",
      "acceptable",
      "acceptable",
    ]);
    expect(slotsOf(r)[0]?.reason).toBe(
      "Tuesday 3:30pm, as the family asked (Tuesdays after 3:30pm); senco free; family-room",
    );
  });

  it("takes a second time on a day only after every day is used, in another part of the day", () => {
    const r = findSlots(request({ family, maxSlots: 6 }), NOW);
    expect(starts(r)).toEqual([
      "2026-01-13T15:30:00Z",
      "2026-01-12T09:00:00Z",
      "2026-01-15T09:00:00Z",
      "2026-01-16T09:00:00Z",
      "2026-01-13T09:00:00Z",
      "2026-01-12T10:00:00Z",
    ]);
  });

  it("ranks times more optional staff can make before sooner ones", () => {
    const ep = (from: string) =>
      person("ep", { displayName: "Dr Shah", required: false, busy: [busy("2026-01-12T08:00:00Z", from)] });
    const r = findSlots(
      request({ search: MONDAY, maxSlots: 1, attendees: [person("senco"), ep("2026-01-12T11:00:00Z")] }),
      NOW,
    );
    expect(starts(r)).toEqual(["2026-01-12T11:00:00Z"]);
    expect(slotsOf(r)[0]?.optionalFree).toEqual(["ep"]);
    expect(slotsOf(r)[0]?.reason).toBe("Monday 11am; both staff free; family-room");
    const never = findSlots(
      request({ search: MONDAY, maxSlots: 1, attendees: [person("senco"), ep("2026-01-12T18:00:00Z")] }),
      NOW,
    );
    expect(starts(never)).toEqual(["2026-01-12T08:30:00Z"]);
    expect(slotsOf(never)[0]?.optionalBusy).toEqual(["ep"]);
    expect(slotsOf(never)[0]?.reason).toBe("Monday 8:30am; senco free; Dr Shah can't; family-room");
  });
});

describe("findSlots: notice, now and bounds", () => {
  it("counts notice in school days, skipping weekends and closures", () => {
    // Friday 13 February 2026; 16–17 February are closed; three working days on is Friday 20th.
    const r = findSlots(
      request({ search: range("2026-02-13", "2026-02-20"), noticeWorkingDays: 3, maxSlots: 1 }),
      clockAt("2026-02-13T10:00:00Z"),
    );
    expect(starts(r)).toEqual(["2026-02-20T08:30:00Z"]);
  });

  it("never offers a time that has passed", () => {
    const r = findSlots(request({ search: MONDAY, maxSlots: 1 }), clockAt("2026-01-12T10:07:00Z"));
    expect(starts(r)).toEqual(["2026-01-12T10:15:00Z"]);
  });

  it("refuses searches beyond its hard bounds, saying why", () => {
    const r = findSlots(request({ search: range("2026-01-05", "2026-04-30"), granularityMinutes: 7 }), NOW);
    expect(r.kind).toBe("rejected");
    if (r.kind !== "rejected") return;
    expect(r.problems.map((p) => p.code)).toEqual(["searchRange", "granularity"]);
    expect(r.problems[0]?.message).toBe("Search between 1 and 62 days at a time.");
  });

  it("uses the school's early and late times only when asked", () => {
    const extended = request({ search: MONDAY, maxSlots: 1 });
    const withLate = {
      ...extended,
      school: { ...extended.school, extendedDay: { from: t("07:30"), to: t("18:30") } },
      attendees: [person("senco", { workingHours: { ...STAFF_HOURS, from: t("07:00"), to: t("19:00") } })],
      family: { ...extended.family, acceptable: [{ from: t("17:30"), to: t("24:00") }] },
    };
    expect(findSlots(withLate, NOW).kind).toBe("none");
    const [late] = slotsOf(findSlots({ ...withLate, useExtendedDay: true }, NOW));
    expect(iso(late?.start ?? 0)).toBe("2026-01-12T17:30:00Z");
    expect(late?.reason).toContain("after the usual school day");
  });

  it("is repeatable: the same request and clock give the same answer", () => {
    expect(findSlots(request(), NOW)).toEqual(findSlots(request(), NOW));
    expect(at("2026-01-01T09:00:00Z")).toBe(NOW.now());
    expect(d("2026-01-12")).toBe(MONDAY.first);
  });
});
