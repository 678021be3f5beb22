import { describe, expect, it } from "vitest";
import { argumentNames } from "./catalogueCheck";
import { STAFF_MESSAGES, type StaffKey, staffText } from "./staffMessages";

describe("the staff catalogue", () => {
  it("parses every message", () => {
    for (const message of Object.values(STAFF_MESSAGES)) expect(() => argumentNames(message)).not.toThrow();
  });

  it("fills placeholders, with English plurals", () => {
    expect(staffText("problem.timeTaken", { busy: "Ms Reid", count: 1 })).toBe(
      "That time has gone: Ms Reid is no longer free.",
    );
    expect(staffText("problem.timeTaken", { busy: "Ms Reid, Mr Lee", count: 2 })).toBe(
      "That time has gone: Ms Reid, Mr Lee are no longer free.",
    );
    expect(staffText("attention.chaseDue", { days: 1 })).toBe(
      "No reply for 1 day: a friendly reminder may help.",
    );
    expect(staffText("attention.chaseDue", { days: 9 })).toBe(
      "No reply for 9 days: a friendly reminder may help.",
    );
  });

  it("keeps apostrophes in names as written", () => {
    const key: StaffKey = "type.annualReview";
    expect(staffText(key)).toBe("Child's plan / EHCP annual review");
    expect(staffText("error.notProvisioned")).toContain("Common Ground's lists");
  });

  it("says by how much an agenda runs past its booking, with English plurals", () => {
    expect(staffText("agenda.overrun", { planned: 61, booked: 60, over: 1 })).toBe(
      "The items add up to 61 minutes, 1 minute more than the 60 minutes the meeting is booked for. Shorten or remove an item.",
    );
    expect(staffText("agenda.templates.fix", { count: 2 })).toBe(
      "2 things need fixing before this template can be saved: see the fields marked.",
    );
    expect(
      staffText("standing.removed", {
        adjustment: "A hearing loop",
        by: "Aileen MacRae",
        date: "24 November 2026",
      }),
    ).toBe(
      "A hearing loop – removed at the family's request by Aileen MacRae on 24 November 2026; an MIS import will not add it back",
    );
  });
});
