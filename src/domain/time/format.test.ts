import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cachedFormatterCount,
  dateTimeFormat,
  FORMATTER_CACHE_LIMIT,
  formatEnglishSlotStart,
  formatFamilyTimeRange,
  formatLongDate,
  formatLongDateTime,
  formatShortDate,
  formatSlot,
  formatStamp,
  formatTime,
  formatZoneAbbreviation,
  formatZoneName,
  isoDateIn,
  resolveLocale,
  yearIn,
} from "./format";
import { localDate } from "./localDate";

const LONDON = "Europe/London";
const at = (iso: string) => Date.parse(iso);

describe("the shapes staff and families read", () => {
  const start = at("2026-12-01T15:30:00Z");
  const end = at("2026-12-01T16:30:00Z");

  it("writes a time in British English and in US English from the same instant", () => {
    expect(formatSlot(start, end, LONDON, "en-GB")).toBe("Tuesday 1 December, 15:30–16:30");
    expect(formatSlot(start, end, LONDON, "en-US")).toBe("Tuesday, December 1, 3:30 PM–4:30 PM");
    expect(formatStamp(start, LONDON, "en-GB")).toBe("Tue, 1 Dec 2026, 15:30");
    expect(formatStamp(start, LONDON, "en-US")).toBe("Tue, Dec 1, 2026, 3:30 PM");
    expect(formatLongDate(start, LONDON, "en-GB", true)).toBe("Tuesday, 1 December 2026");
    expect(formatLongDateTime(start, LONDON, "pl")).toBe("wtorek, 1 grudnia 15:30");
    expect(formatZoneName(start, LONDON, "en-GB")).toBe("United Kingdom Time");
  });

  it("writes the family's plain-English clock", () => {
    expect(
      formatFamilyTimeRange(at("2026-12-01T11:30:00Z"), at("2026-12-01T12:30:00Z"), LONDON, "en-GB"),
    ).toBe("11:30am–12:30pm");
    expect(formatFamilyTimeRange(start, end, LONDON, "en")).toBe("3:30–4:30pm");
    expect(formatEnglishSlotStart(at("2026-12-01T15:00:00Z"), LONDON)).toBe("Tuesday 1 December, 3pm");
    expect(formatEnglishSlotStart(start, LONDON)).toBe("Tuesday 1 December, 3:30pm");
  });

  it("writes a calendar date the same whatever the zone", () => {
    expect(formatShortDate(localDate(2026, 12, 1), "en-GB")).toBe("Tue 1 Dec");
    expect(formatShortDate(localDate(2026, 3, 29), "en-US")).toBe("Sun, Mar 29");
  });
});

describe("clock changes in London, 29 March and 25 October 2026", () => {
  it("jumps from 0:30 GMT to 2:30 BST across the spring change", () => {
    const before = at("2026-03-29T00:30:00Z");
    const after = at("2026-03-29T01:30:00Z");
    expect(formatSlot(before, after, LONDON, "en-GB")).toBe("Sunday 29 March, 0:30–2:30");
    expect(formatZoneAbbreviation(before, LONDON, "en-GB")).toBe("GMT");
    expect(formatZoneAbbreviation(after, LONDON, "en-GB")).toBe("BST");
  });

  it("shows the repeated hour twice in the autumn, told apart by its abbreviation", () => {
    const first = at("2026-10-25T00:30:00Z");
    const second = at("2026-10-25T01:30:00Z");
    expect(formatTime(first, LONDON, "en-GB")).toBe("1:30");
    expect(formatTime(second, LONDON, "en-GB")).toBe("1:30");
    expect(formatZoneAbbreviation(first, LONDON, "en-GB")).toBe("BST");
    expect(formatZoneAbbreviation(second, LONDON, "en-GB")).toBe("GMT");
    // 23:30 UTC on the 24th is already the 25th in London (BST), not in UTC.
    expect(isoDateIn(at("2026-10-24T23:30:00Z"), LONDON)).toBe("2026-10-25");
    expect(isoDateIn(at("2026-10-24T23:30:00Z"), "UTC")).toBe("2026-10-24");
  });
});

describe("other zones and scripts", () => {
  it("puts Kathmandu's quarter-hour offset on the clock", () => {
    const start = at("2026-12-01T09:45:00Z");
    expect(formatSlot(start, start + 3_600_000, "Asia/Kathmandu", "en-GB")).toBe(
      "Tuesday 1 December, 15:30–16:30",
    );
    expect(formatZoneAbbreviation(start, "Asia/Kathmandu", "en-GB")).toBe("GMT+5:45");
    // New Year comes to Kathmandu 5¾ hours before London.
    expect(yearIn(at("2026-12-31T18:30:00Z"), "Asia/Kathmandu")).toBe(2027);
    expect(yearIn(at("2026-12-31T18:30:00Z"), LONDON)).toBe(2026);
  });

  it("gives Arabic and Urdu readers the same instants as English ones", () => {
    const start = at("2026-12-01T15:30:00Z");
    const end = at("2026-12-01T16:30:00Z");
    expect(formatSlot(start, end, LONDON, "ar")).toBe("الثلاثاء، 1 ديسمبر, 3:30 م–4:30 م");
    expect(formatSlot(start, end, LONDON, "ur")).toBe("منگل، 1 دسمبر, 3:30 PM–4:30 PM");
    for (const locale of ["ar", "ar-EG", "ur", "ur-IN"]) {
      const parts = dateTimeFormat(locale, LONDON, {
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        hourCycle: "h23",
        numberingSystem: "latn",
      }).formatToParts(start);
      const part = (type: string) => parts.find((p) => p.type === type)?.value;
      expect([part("day"), part("hour"), part("minute")], locale).toEqual(["1", "15", "30"]);
    }
  });
});

describe("formatters are built once", () => {
  it("hands back the same formatter for the same locale, zone and options in any order", () => {
    const a = dateTimeFormat("en-GB", LONDON, { hour: "numeric", minute: "2-digit" });
    const b = dateTimeFormat("en-GB", LONDON, { minute: "2-digit", hour: "numeric" });
    expect(b).toBe(a);
    expect(dateTimeFormat("en-US", LONDON, { hour: "numeric", minute: "2-digit" })).not.toBe(a);
    expect(dateTimeFormat("en-GB", "Asia/Kathmandu", { hour: "numeric", minute: "2-digit" })).not.toBe(a);
  });

  it("keeps at most the limit, letting the least recently used go", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    const options = { hour: "numeric", second: "2-digit" } as const;
    const zone = (i: number) => zones[i] ?? "UTC";
    const first = dateTimeFormat("en-GB", zone(0), options);
    const busy = dateTimeFormat("en-GB", zone(1), options);
    for (let i = 2; i < FORMATTER_CACHE_LIMIT + 2; i += 1) {
      dateTimeFormat("en-GB", zone(i), options);
      // In use all along, so never the oldest.
      expect(dateTimeFormat("en-GB", zone(1), options)).toBe(busy);
      expect(cachedFormatterCount()).toBeLessThanOrEqual(FORMATTER_CACHE_LIMIT);
    }
    expect(cachedFormatterCount()).toBe(FORMATTER_CACHE_LIMIT);
    expect(dateTimeFormat("en-GB", zone(0), options)).not.toBe(first);
  });
});

describe("locales from outside", () => {
  it("uses a tag Intl has dates for, and the fallback for anything else", () => {
    expect(resolveLocale("en-us", "en-GB")).toBe("en-US");
    expect(resolveLocale("cy", "en-GB")).toBe("cy");
    expect(resolveLocale("pa-Arab", "en-GB")).toBe("pa-Arab");
    expect(resolveLocale("xx-ZZ", "en-GB")).toBe("en-GB");
    expect(resolveLocale("not a tag", "en-GB")).toBe("en-GB");
    expect(resolveLocale("", "en-GB")).toBe("en-GB");
    expect(resolveLocale(`en-${"a".repeat(100_000)}`, "en-GB")).toBe("en-GB");
  });

  it("never throws on any string, and answers a valid locale or the fallback", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "grapheme-ascii" }), (tag) => {
        const locale = resolveLocale(tag, "en-GB");
        expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
      }),
      { numRuns: 500 },
    );
  });
});

const LOCALES = ["en-GB", "en-US", "en", "pl", "ur", "ar", "uk", "ro", "pa-Guru", "pa-Arab", "gd", "cy"];
const ZONES = [
  "Europe/London",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Pacific/Chatham",
  "UTC",
  "Asia/Tehran",
];
// What a Date can hold: Intl throws beyond it.
const MAX_MS = 8_640_000_000_000_000;

describe("any instant, locale and zone", () => {
  it("formats without throwing and with a non-empty result", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_MS, max: MAX_MS }),
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...ZONES, ...Intl.supportedValuesOf("timeZone")),
        (start, length, locale, zone) => {
          const end = Math.min(MAX_MS, start + length);
          for (const text of [
            formatSlot(start, end, zone, locale),
            formatStamp(start, zone, locale),
            formatLongDateTime(start, zone, locale),
            formatFamilyTimeRange(start, end, zone, locale),
            formatZoneAbbreviation(start, zone, locale),
            formatZoneName(start, zone, locale),
            formatEnglishSlotStart(start, zone),
            isoDateIn(start, zone),
          ])
            expect(text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
