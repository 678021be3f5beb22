import { describe, expect, it } from "vitest";
import { datesProblems, partySize, typedLength, typedNumber } from "./fieldChecks";

describe("what was typed in a number box", () => {
  it("is kept as typed, or null when it is not a number, never replaced by a default", () => {
    expect(typedNumber("0")).toBe(0);
    expect(typedNumber("-5")).toBe(-5);
    expect(typedNumber("1.5")).toBe(1.5);
    expect(typedNumber(" 45 ")).toBe(45);
    expect(typedNumber("")).toBeNull();
    expect(typedNumber("  ")).toBeNull();
    expect(typedNumber("an hour")).toBeNull();
    expect(typedNumber("Infinity")).toBeNull();
    expect(typedNumber(undefined)).toBeNull();
  });

  it("is refused with a reason when it is not a sensible length or party size", () => {
    expect(typedLength(null)).toEqual({ ok: false, problem: "Give the meeting's length in minutes." });
    expect(typedLength(Number.NaN)).toEqual({ ok: false, problem: "Give the meeting's length in minutes." });
    expect(typedLength(0).ok).toBe(false);
    expect(typedLength(45)).toEqual({ ok: true, value: 45 });
    expect(partySize(null)).toEqual({ ok: false, problem: "Say how many people come for the family." });
    expect(partySize(20)).toEqual({ ok: true, value: 20 });
  });
});

describe("the dates to search", () => {
  const today = "2026-11-23";

  it("must be real dates", () => {
    expect(datesProblems("", "2026-12-01", today)).toEqual({ from: "Choose the first date to search." });
    expect(datesProblems("2026-11-31", "", today)).toEqual({
      from: "Choose the first date to search.",
      to: "Choose the last date to search.",
    });
  });

  it("start tomorrow at the earliest", () => {
    expect(datesProblems("2026-11-24", "2026-11-24", today)).toEqual({});
    expect(datesProblems("2026-11-23", "2026-12-01", today).from).toBe(
      "The first date is in the past: choose a date from tomorrow on.",
    );
    expect(datesProblems("2025-11-24", "2025-12-01", today).from).toBe(
      "The dates to search are in the past: choose dates from tomorrow on.",
    );
  });
});
