import { describe, expect, it } from "vitest";
import type { Weekday } from "../time/localDate";
import { ianaZone, LONDON } from "../time/zone";
import type { SlotRequest } from "./request";
import type { SlotSearchResult } from "./result";
import { findSlots } from "./searchSlots";
import { clockAt, iso, person, range, request, t } from "./testFixtures";

const NOW = clockAt("2026-01-01T09:00:00Z");
const starts = (r: SlotSearchResult) => (r.kind === "found" ? r.slots.map((s) => iso(s.start)) : [r.kind]);

/** 9:00–9:30 every school day around a clock change, offered on each day. */
function nineAmAround(first: string, last: string): SlotRequest {
  return request({
    search: range(first, last),
    meeting: { format: "inPerson", minutes: 30 },
    granularityMinutes: 30,
    maxSlots: 5,
    family: { ...request().family, acceptable: [{ from: t("09:00"), to: t("09:30") }] },
  });
}

describe("UK clock changes on school days either side", () => {
  it.each([
    // Spring: GMT (UTC+0) before, BST (UTC+1) after.
    [
      "29 March 2026",
      "2026-03-27",
      "2026-03-31",
      ["2026-03-27T09:00:00Z", "2026-03-30T08:00:00Z", "2026-03-31T08:00:00Z"],
    ],
    [
      "28 March 2027",
      "2027-03-26",
      "2027-03-30",
      ["2027-03-26T09:00:00Z", "2027-03-29T08:00:00Z", "2027-03-30T08:00:00Z"],
    ],
    // Autumn: BST before, GMT after.
    [
      "25 October 2026",
      "2026-10-23",
      "2026-10-27",
      ["2026-10-23T08:00:00Z", "2026-10-26T09:00:00Z", "2026-10-27T09:00:00Z"],
    ],
    [
      "31 October 2027",
      "2027-10-29",
      "2027-11-02",
      ["2027-10-29T08:00:00Z", "2027-11-01T09:00:00Z", "2027-11-02T09:00:00Z"],
    ],
  ])("keeps 9am at 9am on the London clock around %s", (_name, first, last, expected) => {
    const r = findSlots(nineAmAround(first, last), NOW);
    expect(starts(r)).toEqual(expected);
    if (r.kind === "found") expect(r.slots.every((s) => s.schoolTime.minutes === 9 * 60)).toBe(true);
  });
});

/** A (fictional) Sunday-night club meeting over the change itself: 00:00–04:00 on the clock. */
function smallHours(date: string): SlotRequest {
  const base = request();
  const sunday: Weekday[] = [7];
  return {
    ...base,
    school: { ...base.school, weekdays: sunday, day: { from: t("00:00"), to: t("04:00") } },
    attendees: [
      person("senco", { workingHours: { days: sunday, from: t("00:00"), to: t("24:00"), zone: LONDON } }),
    ],
    search: range(date, date),
    meeting: { format: "online", minutes: 30 },
    granularityMinutes: 30,
    maxSlots: 20,
  };
}

describe("on the clock-change Sundays themselves", () => {
  it.each([["2026-03-29"], ["2027-03-28"]])("never starts in the skipped hour (%s)", (date) => {
    const r = findSlots(smallHours(date), NOW);
    expect(r.kind).toBe("found");
    if (r.kind !== "found") return;
    // 01:00–01:59 does not exist: 00:00, 00:30, then 02:00 BST onwards; each 30 real minutes long.
    expect(r.slots.map((s) => s.schoolTime.minutes).sort((a, b) => a - b)).toEqual([
      0, 30, 120, 150, 180, 210,
    ]);
    expect(r.slots.every((s) => s.end - s.start === 30 * 60_000)).toBe(true);
    expect(starts(r).sort()).toEqual([
      `${date}T00:00:00Z`,
      `${date}T00:30:00Z`,
      `${date}T01:00:00Z`,
      `${date}T01:30:00Z`,
      `${date}T02:00:00Z`,
      `${date}T02:30:00Z`,
    ]);
  });

  it.each([
    ["2026-10-25", "2026-10-24"],
    ["2027-10-31", "2027-10-30"],
  ])("offers the repeated hour once, not twice (%s)", (date, eve) => {
    const r = findSlots(smallHours(date), NOW);
    expect(r.kind).toBe("found");
    if (r.kind !== "found") return;
    // 00:00–04:00 on the clock is five real hours; 01:00 and 01:30 happen twice but are offered once.
    expect(r.slots.map((s) => s.schoolTime.minutes).sort((a, b) => a - b)).toEqual([
      0, 30, 60, 90, 120, 150, 180, 210,
    ]);
    expect(starts(r).sort()).toEqual([
      `${eve}T23:00:00Z`,
      `${eve}T23:30:00Z`,
      `${date}T00:00:00Z`,
      `${date}T00:30:00Z`,
      `${date}T02:00:00Z`,
      `${date}T02:30:00Z`,
      `${date}T03:00:00Z`,
      `${date}T03:30:00Z`,
    ]);
  });

  it("counts a meeting across the repeated hour in real minutes", () => {
    const base = smallHours("2026-10-25");
    const r = findSlots({ ...base, meeting: { format: "online", minutes: 90 }, maxSlots: 1 }, NOW);
    expect(r.kind).toBe("found");
    if (r.kind !== "found") return;
    // Starts 00:00 BST, ends 01:30 by the clock — but it is the second 01:30 (GMT): 90 real minutes.
    expect([iso(r.slots[0]?.start ?? 0), iso(r.slots[0]?.end ?? 0)]).toEqual([
      "2026-10-24T23:00:00Z",
      "2026-10-25T00:30:00Z",
    ]);
  });
});

describe("a parent working abroad", () => {
  // New York changes its clocks on 8 March 2026, three weeks before London: the gap between the
  // cities is four hours until London catches up on 29 March.
  const newYork = ianaZone("America/New_York");
  const abroad = (first: string, last: string) =>
    request({
      search: range(first, last),
      maxSlots: 20,
      family: {
        ...request().family,
        zone: newYork,
        acceptable: [{ days: [1, 2, 3, 4, 5], from: t("08:00"), to: t("09:00") }],
      },
    });

  it("keeps the family's 8am fixed on their clock as each country changes", () => {
    const r = findSlots(abroad("2026-03-05", "2026-03-31"), NOW);
    expect(r.kind).toBe("found");
    if (r.kind !== "found") return;
    const byDate = new Map(r.slots.map((s) => [iso(s.start).slice(0, 10), s]));
    expect(r.slots.every((s) => s.familyTime.minutes === 8 * 60)).toBe(true);
    expect(byDate.get("2026-03-06")?.schoolTime.minutes).toBe(13 * 60); // EST, GMT
    expect(byDate.get("2026-03-09")?.schoolTime.minutes).toBe(12 * 60); // EDT, GMT
    expect(byDate.get("2026-03-30")?.schoolTime.minutes).toBe(13 * 60); // EDT, BST
    expect(byDate.get("2026-03-09")?.reason).toBe(
      "Monday midday, a time the family said they can do; 8am for the family (New York time); senco free; family-room",
    );
  });
});
