import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dateParts, localDate, localDateFromIso, localDateToIso, weekdayOf } from "./localDate";

describe("LocalDate", () => {
  it("counts days from 1970-01-01", () => {
    expect(localDate(1970, 1, 1)).toBe(0);
    expect(localDate(2026, 3, 29)).toBe(20_541);
    expect(localDateToIso(localDate(2026, 3, 29))).toBe("2026-03-29");
  });

  it("knows the UK clock-change Sundays are Sundays", () => {
    for (const iso of ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"]) {
      expect(weekdayOf(localDateFromIso(iso))).toBe(7);
    }
    expect(weekdayOf(localDateFromIso("2026-01-05"))).toBe(1);
  });

  it("rejects impossible dates rather than rolling them over", () => {
    expect(() => localDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => localDateFromIso("2026-04-31")).toThrow(RangeError);
    expect(localDateToIso(localDate(2028, 2, 29))).toBe("2028-02-29");
  });

  it("agrees with the UTC calendar for any day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const utc = new Date(days * 86_400_000);
        const parts = dateParts(days as never);
        expect(parts).toEqual({
          year: utc.getUTCFullYear(),
          month: utc.getUTCMonth() + 1,
          day: utc.getUTCDate(),
        });
        expect(weekdayOf(days as never)).toBe(((utc.getUTCDay() + 6) % 7) + 1);
        expect(localDate(parts.year, parts.month, parts.day)).toBe(days);
        expect(addDays(days as never, 1)).toBe(days + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
