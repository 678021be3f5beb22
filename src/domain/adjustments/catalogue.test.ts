import { describe, expect, it } from "vitest";
import { FAMILY_LOCALES } from "../i18n/locales";
import { asFamilyLocale } from "../i18n/testing/locale";
import { ADJUSTMENT_CODES } from "../replies/replyAnswer";
import { ADJUSTMENT_LABELS, adjustmentLabel } from "./adjustmentLabels";
import {
  type AdjustmentKind,
  adjustmentFromText,
  CATALOGUE,
  catalogueEntry,
  documentVariantFor,
  roomFeaturesFor,
  TICKED,
} from "./catalogue";
import { meetingNeeds } from "./meetingNeeds";

/** What each adjustment does to a 60-minute meeting's booking, as the issue lists them. */
const EFFECT_ON_A_60_MINUTE_MEETING: Record<
  AdjustmentKind,
  { room: string[]; extra: number; online: boolean; variant: string; arrangedBy: string; effects: string[] }
> = {
  interpreter: {
    room: [],
    extra: 30,
    online: false,
    variant: "standard",
    arrangedBy: "office",
    effects: ["attendee", "minutes"],
  },
  bslInterpreter: {
    room: [],
    extra: 30,
    online: false,
    variant: "standard",
    arrangedBy: "office",
    effects: ["attendee", "minutes"],
  },
  hearingLoop: {
    room: ["hearingLoop"],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "booking",
    effects: ["room"],
  },
  quietRoom: {
    room: ["quiet"],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "booking",
    effects: ["room"],
  },
  stepFree: {
    room: ["stepFree"],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "booking",
    effects: ["room"],
  },
  online: {
    room: [],
    extra: 0,
    online: true,
    variant: "standard",
    arrangedBy: "booking",
    effects: ["online"],
  },
  timeOfDay: {
    room: [],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "organiser",
    effects: ["running"],
  },
  longerMeeting: {
    room: [],
    extra: 30,
    online: false,
    variant: "standard",
    arrangedBy: "booking",
    effects: ["minutes"],
  },
  breaks: {
    room: [],
    extra: 15,
    online: false,
    variant: "standard",
    arrangedBy: "booking",
    effects: ["minutes"],
  },
  fewerPeople: {
    room: [],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "organiser",
    effects: ["attendee", "running"],
  },
  papersInAdvance: {
    room: [],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "organiser",
    effects: ["document"],
  },
  largePrint: {
    room: [],
    extra: 0,
    online: false,
    variant: "largePrint",
    arrangedBy: "organiser",
    effects: ["document"],
  },
  easyRead: {
    room: [],
    extra: 0,
    online: false,
    variant: "easyRead",
    arrangedBy: "organiser",
    effects: ["document"],
  },
  papersTranslated: {
    room: [],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "office",
    effects: ["document"],
  },
  speakingOrder: {
    room: [],
    extra: 0,
    online: false,
    variant: "standard",
    arrangedBy: "organiser",
    effects: ["running"],
  },
  other: { room: [], extra: 0, online: false, variant: "standard", arrangedBy: "office", effects: ["task"] },
};

describe("the adjustment catalogue", () => {
  it("has every adjustment the school offers, once, with every reply code among them", () => {
    const kinds = CATALOGUE.map((e) => e.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(Object.keys(EFFECT_ON_A_60_MINUTE_MEETING).sort());
    expect([...TICKED].sort()).toEqual([...ADJUSTMENT_CODES].sort());
  });

  it.each(CATALOGUE.map((e) => e.kind))("%s changes the booking as the catalogue says", (kind) => {
    const want = EFFECT_ON_A_60_MINUTE_MEETING[kind];
    const entry = catalogueEntry(kind);
    expect(entry.effects.map((e) => e.kind)).toEqual(want.effects);
    expect(entry.arrangedBy).toBe(want.arrangedBy);
    expect(roomFeaturesFor([kind])).toEqual(want.room);
    expect(documentVariantFor([kind])).toBe(want.variant);
    if (kind !== "speakingOrder" && kind !== "other") {
      const needs = meetingNeeds([kind], 60);
      expect(needs.extraMinutes).toBe(want.extra);
      expect(needs.needsOnline).toBe(want.online);
      expect(needs.roomFeatures).toEqual(want.room);
    }
  });

  it("adds interpreting time once when both a spoken and a sign-language interpreter come", () => {
    expect(meetingNeeds(["interpreter", "bslInterpreter"], 60).extraTime).toEqual([
      { reason: "interpreting", minutes: 30 },
    ]);
  });

  it("chooses large print over easy read when both are asked for", () => {
    expect(documentVariantFor(["easyRead", "largePrint"])).toBe("largePrint");
    expect(documentVariantFor(["easyRead", "hearingLoop"])).toBe("easyRead");
  });

  it("names every adjustment in every family language", () => {
    for (const locale of FAMILY_LOCALES)
      for (const { kind } of CATALOGUE) expect(adjustmentLabel(kind, locale).trim()).not.toBe("");
    expect(adjustmentLabel("hearingLoop")).toBe("A hearing loop");
    expect(adjustmentLabel("hearingLoop", asFamilyLocale("cy"))).toBe("Dolen sain i bobl â nam ar y clyw");
    expect(adjustmentLabel("bslInterpreter", asFamilyLocale("pl"))).toBe(
      "Tłumacz brytyjskiego języka migowego (BSL)",
    );
    // Each language has its own words: no table is a copy of the English one.
    for (const locale of FAMILY_LOCALES.filter((l) => l !== "en"))
      expect(ADJUSTMENT_LABELS[locale]?.quietRoom).not.toBe(ADJUSTMENT_LABELS.en.quietRoom);
  });

  it("reads the school's own words for standing adjustments, a BSL interpreter as sign language", () => {
    expect(
      [
        "Interpreter (BSL)",
        "Sign language interpreter",
        "Interpreter (Urdu)",
        "Papers translated into Polish",
        "Papers in advance",
        "Fewer people in the room",
        "Mornings only",
        "Wheelchair user",
      ].map(adjustmentFromText),
    ).toEqual([
      "bslInterpreter",
      "bslInterpreter",
      "interpreter",
      "papersTranslated",
      "papersInAdvance",
      "fewerPeople",
      "timeOfDay",
      "stepFree",
    ]);
  });
});
