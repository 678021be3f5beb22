import { describe, expect, it } from "vitest";
import { slotText, zoneName } from "./slotText";

const ms = (iso: string) => Date.parse(iso);
const NOW = ms("2026-11-23T09:00:00Z");

describe("slotText", () => {
  it("reads like a letter in English, on the family's clock", () => {
    expect(
      slotText(ms("2026-12-01T15:30:00Z"), ms("2026-12-01T16:30:00Z"), "Europe/London", "en-GB", NOW),
    ).toBe("Tuesday 1 December, 3:30–4:30pm");
    expect(
      slotText(ms("2026-12-01T11:30:00Z"), ms("2026-12-01T12:30:00Z"), "Europe/London", "en-GB", NOW),
    ).toBe("Tuesday 1 December, 11:30am–12:30pm");
  });

  it("uses British Summer Time after the clocks go forward", () => {
    expect(
      slotText(ms("2027-03-29T08:00:00Z"), ms("2027-03-29T09:00:00Z"), "Europe/London", "en-GB", NOW),
    ).toBe("Monday, 29 March 2027, 9:00–10:00am");
  });

  it("speaks Polish, Ukrainian and Romanian on a 24-hour clock", () => {
    const [s, e] = [ms("2026-12-03T09:00:00Z"), ms("2026-12-03T10:00:00Z")];
    expect(slotText(s, e, "Europe/London", "pl", NOW)).toBe("czwartek, 3 grudnia, 09:00–10:00");
    expect(slotText(s, e, "Europe/London", "uk", NOW)).toBe("четвер, 3 грудня, 09:00–10:00");
    expect(slotText(s, e, "Europe/London", "ro", NOW)).toBe("joi, 3 decembrie, 09:00–10:00");
  });

  it("shows a carer abroad the time on their own clock", () => {
    expect(slotText(ms("2026-12-01T15:30:00Z"), ms("2026-12-01T16:30:00Z"), "Europe/Warsaw", "pl", NOW)).toBe(
      "wtorek, 1 grudnia, 16:30–17:30",
    );
  });

  it("names the zone in the reader's language", () => {
    expect(zoneName(NOW, "Europe/London", "en-GB")).toBe("United Kingdom Time");
  });
});
