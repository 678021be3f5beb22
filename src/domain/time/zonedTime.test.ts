import { describe, expect, it } from "vitest";
import { instantFromIso, instantToIso } from "./instant";
import { localDateFromIso, localDateToIso } from "./localDate";
import { wallTime } from "./wallTime";
import { ianaZone, LONDON } from "./zone";
import { localParts, resolveWallTime, startOfLocalDay, toInstant, wallRangeIntervals } from "./zonedTime";

const d = localDateFromIso;
const iso = instantToIso;

describe("toInstant in Europe/London", () => {
  it.each([
    ["2026-03-29", "2026-03-29T01:00:00.000Z"],
    ["2027-03-28", "2027-03-28T01:00:00.000Z"],
  ])("reports 01:30 on %s as skipped by the clocks going forward", (date, jump) => {
    const result = toInstant(d(date), wallTime(1, 30), LONDON, "earlier");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("skipped");
    expect(result.resolution).toEqual({ kind: "skipped", transitionAt: instantFromIso(jump) });
  });

  it.each([
    ["2026-10-25", "2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
    ["2027-10-31", "2027-10-31T00:30:00.000Z", "2027-10-31T01:30:00.000Z"],
  ])("resolves the repeated 01:30 on %s deliberately", (date, earlier, later) => {
    const t = wallTime(1, 30);
    expect(toInstant(d(date), t, LONDON, "earlier")).toEqual({ ok: true, at: instantFromIso(earlier) });
    expect(toInstant(d(date), t, LONDON, "later")).toEqual({ ok: true, at: instantFromIso(later) });
    expect(toInstant(d(date), t, LONDON, "reject")).toMatchObject({ ok: false, reason: "repeated" });
  });

  it("places ordinary times either side of the changes in GMT and BST", () => {
    const at = (date: string, h: number) => {
      const r = toInstant(d(date), wallTime(h), LONDON, "reject");
      return r.ok ? iso(r.at) : r.reason;
    };
    expect(at("2026-03-27", 9)).toBe("2026-03-27T09:00:00.000Z");
    expect(at("2026-03-30", 9)).toBe("2026-03-30T08:00:00.000Z");
    expect(at("2026-10-23", 9)).toBe("2026-10-23T08:00:00.000Z");
    expect(at("2026-10-26", 9)).toBe("2026-10-26T09:00:00.000Z");
    expect(at("2026-03-29", 2)).toBe("2026-03-29T01:00:00.000Z");
    expect(at("2026-03-29", 0)).toBe("2026-03-29T00:00:00.000Z");
  });

  it("counts the real length of clock-change days", () => {
    const length = (date: string) => {
      const [whole] = wallRangeIntervals(d(date), wallTime(0), wallTime(24), LONDON);
      return whole ? (whole.end - whole.start) / 3_600_000 : 0;
    };
    expect(length("2026-03-29")).toBe(23);
    expect(length("2026-10-25")).toBe(25);
    expect(length("2027-03-28")).toBe(23);
    expect(length("2027-10-31")).toBe(25);
    expect(length("2026-06-01")).toBe(24);
  });

  it("maps a window over the gap to the instants that really exist", () => {
    const pieces = wallRangeIntervals(d("2026-03-29"), wallTime(0, 30), wallTime(2, 30), LONDON);
    expect(pieces.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2026-03-29T00:30:00.000Z", "2026-03-29T01:30:00.000Z"],
    ]);
  });

  it("maps a window over the repeated hour to both passes through it", () => {
    const pieces = wallRangeIntervals(d("2026-10-25"), wallTime(1, 30), wallTime(2, 30), LONDON);
    expect(pieces.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2026-10-25T00:30:00.000Z", "2026-10-25T01:00:00.000Z"],
      ["2026-10-25T01:30:00.000Z", "2026-10-25T02:30:00.000Z"],
    ]);
  });
});

describe("localParts", () => {
  it("reads the local calendar in the named zone, not the machine's", () => {
    const p = localParts(instantFromIso("2026-10-25T01:30:00Z"), LONDON);
    expect([localDateToIso(p.date), p.minutes, p.weekday, p.offsetMinutes]).toEqual(["2026-10-25", 90, 7, 0]);
    const q = localParts(instantFromIso("2026-10-25T00:30:00Z"), LONDON);
    expect([q.minutes, q.offsetMinutes]).toEqual([90, 60]);
    const k = localParts(instantFromIso("2026-03-29T23:00:00Z"), ianaZone("Asia/Kathmandu"));
    expect([localDateToIso(k.date), k.minutes, k.weekday]).toEqual(["2026-03-30", 4 * 60 + 45, 1]);
  });

  it("handles half-hour zones and their own clock changes", () => {
    const adelaide = ianaZone("Australia/Adelaide");
    // Adelaide went back from +10:30 to +9:30 at 03:00 local on 5 April 2026.
    const r = resolveWallTime(d("2026-04-05"), wallTime(2, 30), adelaide);
    expect(r.kind).toBe("repeated");
    const s = resolveWallTime(d("2026-10-04"), wallTime(2, 30), adelaide);
    expect(s.kind).toBe("skipped");
    expect(iso(startOfLocalDay(d("2026-04-05"), adelaide))).toBe("2026-04-04T13:30:00.000Z");
  });

  it("finds a Lord Howe half-hour change at the right minute", () => {
    const lordHowe = ianaZone("Australia/Lord_Howe");
    const before = localParts(instantFromIso("2026-04-04T14:59:00Z"), lordHowe);
    const after = localParts(instantFromIso("2026-04-04T15:00:00Z"), lordHowe);
    expect([before.offsetMinutes, after.offsetMinutes]).toEqual([660, 630]);
  });
});
