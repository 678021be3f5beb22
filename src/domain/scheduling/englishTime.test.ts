import { describe, expect, it } from "vitest";
import { ianaZone } from "../time/zone";
import {
  clockTime,
  dateRangePhrase,
  daysPhrase,
  describedWindows,
  familyScopePhrase,
  wallRangePhrase,
  windowPhrase,
  zoneCity,
} from "./englishTime";
import { d, t } from "./testFixtures";

describe("plain-English times", () => {
  it("writes clock times the British way", () => {
    expect([0, 540, 570, 720, 735, 930, 1439].map(clockTime)).toEqual([
      "midnight",
      "9am",
      "9:30am",
      "midday",
      "12:15pm",
      "3:30pm",
      "11:59pm",
    ]);
  });

  it("describes days, hours and date ranges", () => {
    expect(daysPhrase([5, 4, 3, 2, 1])).toBe("weekdays");
    expect(daysPhrase([4, 2])).toBe("Tuesdays or Thursdays");
    expect(daysPhrase([1, 3, 5])).toBe("Mondays, Wednesdays or Fridays");
    expect(wallRangePhrase({ from: t("15:00"), to: t("24:00") })).toBe("after 3pm");
    expect(wallRangePhrase({ from: t("00:00"), to: t("09:30") })).toBe("before 9:30am");
    expect(wallRangePhrase({ from: t("09:00"), to: t("12:00") })).toBe("9am to midday");
    expect(dateRangePhrase(d("2026-01-05"), d("2026-01-30"))).toBe("between 5 and 30 January");
    expect(dateRangePhrase(d("2026-03-28"), d("2026-04-14"))).toBe("between 28 March and 14 April");
    expect(dateRangePhrase(d("2026-12-15"), d("2027-01-08"))).toBe(
      "between 15 December 2026 and 8 January 2027",
    );
    expect(zoneCity(ianaZone("America/New_York"))).toBe("New York");
  });

  it("describes the family's windows, quoting their own words", () => {
    expect(windowPhrase({ days: [2], from: t("15:30"), to: t("24:00") })).toBe("Tuesdays after 3:30pm");
    expect(
      windowPhrase({ dates: [d("2026-01-21"), d("2026-01-14")], from: t("09:00"), to: t("12:00") }),
    ).toBe("14 January or 21 January 9am to midday");
    expect(windowPhrase({ from: t("13:00"), to: t("15:00"), label: "after the school run" })).toBe(
      "“after the school run”",
    );
    const tue = { days: [2 as const], from: t("15:00"), to: t("24:00") };
    const thu = { days: [4 as const], from: t("15:00"), to: t("24:00") };
    expect(familyScopePhrase([tue, thu])).toBe("on Tuesdays or Thursdays after 3pm");
    const mornings = { days: [1 as const], from: t("09:00"), to: t("12:00") };
    expect(familyScopePhrase(describedWindows([], [thu, mornings]))).toBe(
      "at the times the family gave (Mondays 9am to midday; Thursdays after 3pm)",
    );
  });
});
