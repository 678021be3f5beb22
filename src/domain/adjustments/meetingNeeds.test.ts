import { describe, expect, it } from "vitest";
import { adjustmentFromText, meetingNeeds } from "./meetingNeeds";

describe("meetingNeeds", () => {
  it("turns adjustments into room features, extra time and an online need", () => {
    expect(meetingNeeds(["stepFree", "interpreter", "hearingLoop", "online"], 60)).toEqual({
      roomFeatures: ["stepFree", "hearingLoop"],
      extraMinutes: 30,
      needsOnline: true,
      notes: ["30 minutes more for interpreting"],
    });
    expect(meetingNeeds(["interpreter", "breaks", "longerMeeting"], 45).extraMinutes).toBe(30 + 15 + 30);
    expect(meetingNeeds([], 60)).toEqual({
      roomFeatures: [],
      extraMinutes: 0,
      needsOnline: false,
      notes: [],
    });
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
