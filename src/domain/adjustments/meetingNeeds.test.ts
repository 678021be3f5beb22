import { describe, expect, it } from "vitest";
import { adjustmentFromText } from "./catalogue";
import { meetingNeeds } from "./meetingNeeds";

describe("meetingNeeds", () => {
  it("turns adjustments into room features, extra time and an online need", () => {
    expect(meetingNeeds(["stepFree", "interpreter", "hearingLoop", "online"], 60)).toEqual({
      roomFeatures: ["stepFree", "hearingLoop"],
      extraMinutes: 30,
      extraTime: [{ reason: "interpreting", minutes: 30 }],
      needsOnline: true,
    });
    expect(meetingNeeds([], 60)).toEqual({
      roomFeatures: [],
      extraMinutes: 0,
      extraTime: [],
      needsOnline: false,
    });
  });

  it("says why each extra minute was added, in the same order whatever order the adjustments came in", () => {
    const needs = meetingNeeds(["breaks", "longerMeeting", "interpreter"], 45);
    expect(needs.extraTime).toEqual([
      { reason: "interpreting", minutes: 30 },
      { reason: "longerMeeting", minutes: 30 },
      { reason: "breaks", minutes: 15 },
    ]);
    expect(needs.extraMinutes).toBe(75);
  });

  it("rounds interpreting time up to a quarter of an hour", () => {
    expect(meetingNeeds(["interpreter"], 20).extraTime).toEqual([{ reason: "interpreting", minutes: 15 }]);
    expect(meetingNeeds(["interpreter"], 90).extraTime).toEqual([{ reason: "interpreting", minutes: 45 }]);
    expect(meetingNeeds(["interpreter"], 100).extraTime).toEqual([{ reason: "interpreting", minutes: 60 }]);
  });

  it("reads standing adjustments written in the school's own words", () => {
    expect(
      [
        "Interpreter (Polish)",
        "Step-free access",
        "Hearing loop",
        "Papers in large print",
        "Online option",
        "Longer meeting",
        "Quiet room",
        "Likes tea",
      ].map(adjustmentFromText),
    ).toEqual([
      "interpreter",
      "stepFree",
      "hearingLoop",
      "largePrint",
      "online",
      "longerMeeting",
      "quietRoom",
      undefined,
    ]);
  });
});
