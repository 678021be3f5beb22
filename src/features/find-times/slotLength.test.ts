import { describe, expect, it } from "vitest";
import { meetingNeeds } from "../../domain/adjustments/meetingNeeds";
import { effectiveFormat, formatDescription } from "./meetingFormat";
import { slotLengthText } from "./slotLength";

describe("a slot's length", () => {
  it("says why it is longer than asked", () => {
    expect(slotLengthText(90, 60, meetingNeeds(["interpreter"], 60).extraTime)).toBe(
      "90 minutes: 30 more for interpreting",
    );
    expect(
      slotLengthText(135, 60, meetingNeeds(["breaks", "interpreter", "longerMeeting"], 60).extraTime),
    ).toBe(
      "135 minutes: 30 more for interpreting, 30 more because the family asked for a longer meeting and 15 more for breaks",
    );
  });

  it("gives only the length when nothing was added", () => {
    expect(slotLengthText(60, 60, [])).toBe("60 minutes");
    expect(slotLengthText(60, 60, meetingNeeds(["stepFree"], 60).extraTime)).toBe("60 minutes");
  });
});

describe("how the meeting is held", () => {
  it("is in person with an online option when the family asked to join online", () => {
    expect(effectiveFormat("inPerson", true)).toBe("hybrid");
    expect(formatDescription("inPerson", "hybrid")).toBe(
      "In person, with an online option (the family asked to join online)",
    );
  });

  it("is what staff chose otherwise", () => {
    expect(effectiveFormat("inPerson", false)).toBe("inPerson");
    expect(effectiveFormat("online", true)).toBe("online");
    expect(effectiveFormat("hybrid", true)).toBe("hybrid");
    expect(formatDescription("hybrid", "hybrid")).toBe("Hybrid: in person, with an online option");
    expect(formatDescription("online", "online")).toBe("Online (Teams)");
    expect(formatDescription("inPerson", "inPerson")).toBe("In person");
  });
});
