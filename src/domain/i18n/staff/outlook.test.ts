import { describe, expect, it } from "vitest";
import { argumentNames } from "../catalogueCheck";
import { staffText } from "../staffMessages";
import { OUTLOOK_MESSAGES } from "./outlook";

describe("the Outlook pane's words", () => {
  it("parses every message, each under outlook.", () => {
    for (const [key, message] of Object.entries(OUTLOOK_MESSAGES)) {
      expect(key).toMatch(/^outlook\./);
      expect(() => argumentNames(message)).not.toThrow();
    }
  });

  it("counts the times offered", () => {
    expect(staffText("outlook.arrange.offer", { count: 3 })).toBe(
      "Let the family choose: offer the first 3 times",
    );
    expect(staffText("outlook.arrange.offer", { count: 1 })).toBe(
      "Let the family choose: offer the first 1 time",
    );
    expect(staffText("outlook.arrange.offered", { count: 2, named: "yes", child: "Noor Aziz" })).toMatch(
      /^2 times were offered to Noor Aziz's family by email, and held in your calendar\. /,
    );
    expect(staffText("outlook.arrange.offered", { count: 1, named: "no", child: "" })).toMatch(
      /^1 time was offered to the child's family by email/,
    );
  });

  it("says whether the appointment is still booked, and where", () => {
    const when = staffText("outlook.slot.withRoom", {
      when: "Monday 30 November, 15:30–16:00",
      room: "Room 4",
    });
    expect(when).toBe("Monday 30 November, 15:30–16:00, Room 4");
    expect(staffText("outlook.appointment.booked", { booked: "yes", when })).toBe(
      "Booked for Monday 30 November, 15:30–16:00, Room 4. It is under Meetings, where it can be cancelled or moved.",
    );
    expect(staffText("outlook.appointment.booked", { booked: "no", when })).toMatch(/^Was booked for Monday/);
  });

  it("adds the Teams step only for a meeting held online", () => {
    expect(staffText("outlook.arrange.filled", { when: "Tuesday 1 December", online: "no" })).toBe(
      "The appointment is filled in for Tuesday 1 December: private, with a neutral title. Press Send to invite everyone.",
    );
    expect(staffText("outlook.arrange.filled", { when: "Tuesday 1 December", online: "yes" })).toBe(
      "The appointment is filled in for Tuesday 1 December: private, with a neutral title. Press Teams meeting in the ribbon to add the online link, then press Send to invite everyone.",
    );
  });

  it("names the unknown sender in one sentence each", () => {
    expect(staffText("outlook.link.heading", { name: "Rose Aziz" })).toBe(
      "Rose Aziz is not on the family list",
    );
    expect(staffText("outlook.link.saved", { email: "rose@example.org", child: "Noor Aziz" })).toBe(
      "rose@example.org is saved as a carer of Noor Aziz. Their emails are recognised from now on.",
    );
  });
});
