import { describe, expect, it } from "vitest";
import { FALLBACK_NAMES, fallbackNames, NamedDateTimeFormat } from "./calendarNames";
import { formatLongDate } from "./format";

const TUESDAY = Date.UTC(2026, 11, 1, 15, 30);
const cy = FALLBACK_NAMES.cy;
const gd = FALLBACK_NAMES.gd;

describe("day and month names for languages a browser lacks", () => {
  it("writes Welsh and Gaelic names into the British layout", () => {
    if (!cy || !gd) throw new Error("names missing");
    const long = { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/London" } as const;
    expect(new NamedDateTimeFormat(cy, long).format(TUESDAY)).toBe("Dydd Mawrth 1 Rhagfyr");
    expect(new NamedDateTimeFormat(gd, long).format(TUESDAY)).toBe("DiMàirt 1 dhen Dùbhlachd");
    const short = { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" } as const;
    expect(new NamedDateTimeFormat(cy, short).format(Date.UTC(2026, 8, 7))).toBe("Llun 7 Medi");
    const clock = { hour: "numeric", minute: "2-digit", timeZone: "Europe/London" } as const;
    expect(new NamedDateTimeFormat(cy, clock).formatRange(TUESDAY, TUESDAY + 3_600_000)).toBe("15:30–16:30");
    expect(
      new NamedDateTimeFormat(cy, long)
        .formatToParts(TUESDAY)
        .filter((p) => p.type !== "literal")
        .map((p) => p.value),
    ).toEqual(["Dydd Mawrth", "1", "Rhagfyr"]);
  });

  it("leaves a runtime's own data alone where it has it (Node has Welsh), and other languages always", () => {
    expect(fallbackNames("cy")).toBeUndefined();
    expect(fallbackNames("pa-Arab")).toBeUndefined();
    expect(fallbackNames("pl")).toBeUndefined();
    expect(formatLongDate(TUESDAY, "Europe/London", "cy")).toBe("Dydd Mawrth, 1 Rhagfyr");
  });
});
