import { describe, expect, it } from "vitest";
import { argumentNames } from "../catalogueCheck";
import { staffText } from "../staffMessages";
import { MEETINGS_MESSAGES } from "./meetings";

describe("the Meetings screens' words", () => {
  it("parses every message, each under meetings.", () => {
    for (const [key, message] of Object.entries(MEETINGS_MESSAGES)) {
      expect(key).toMatch(/^meetings\./);
      expect(() => argumentNames(message)).not.toThrow();
    }
  });

  it("counts offered times and days in English plurals", () => {
    const offered = (count: number, days: number) =>
      staffText("meetings.card.offered", { count, carers: "Samira Aziz", days });
    expect(offered(1, 0)).toBe("1 time offered to Samira Aziz, today.");
    expect(offered(3, 1)).toBe("3 times offered to Samira Aziz, 1 day ago.");
    expect(offered(2, 12)).toBe("2 times offered to Samira Aziz, 12 days ago.");
    expect(staffText("meetings.reply.more", { count: 1 })).toBe("1 more message in this conversation");
    expect(staffText("meetings.reply.more", { count: 4 })).toBe("4 more messages in this conversation");
  });

  it("says the booked time with or without a Teams link, and who is coming", () => {
    const booking = (online: "yes" | "no") =>
      staffText("meetings.card.booking", { when: "Tue 3 Mar, 10:00–11:00, Room 4", online, who: "Ms Reid" });
    expect(booking("yes")).toBe("Tue 3 Mar, 10:00–11:00, Room 4, with a Teams link. Coming: Ms Reid.");
    expect(booking("no")).toBe("Tue 3 Mar, 10:00–11:00, Room 4. Coming: Ms Reid.");
    expect(staffText("meetings.card.bookedNow", { booking: "x" })).toBe("Booked now: x");
  });

  it("asks staff to check a reply from another address, for booking or for adding a carer", () => {
    const values = { email: "x@elsewhere.example.com", name: "Samira Aziz" };
    expect(staffText("meetings.reply.otherAddress", { ...values, join: "no", number: 2 })).toBe(
      "This reply was sent from x@elsewhere.example.com, not from Samira Aziz's address on record. Book time 2 for Samira Aziz only if you have checked with them. Anything else it asks for (a supporter, adjustments) is not taken from it.",
    );
    expect(staffText("meetings.reply.otherAddress", { ...values, join: "yes", number: 0 })).toContain(
      " Add Samira Aziz to the meeting only if you have checked with them. ",
    );
  });

  it("keeps apostrophes and quotation marks as written", () => {
    expect(staffText("meetings.adjustments.keep.explain", { carer: "Samira Aziz" })).toBe(
      "It is saved with Samira Aziz's contact details and ticked for you when you next find times. Only with the family's agreement; you can remove it when they ask.",
    );
    expect(staffText("meetings.adjustments.keep.title", { name: "A quiet room" })).toBe(
      "Keep “A quiet room” for next time?",
    );
    expect(staffText("meetings.reply.supporter", { name: "Jo", relationship: "advocate", share: "no" })).toBe(
      "Bringing Jo (advocate); papers may not be shared.",
    );
    expect(staffText("meetings.reply.speak", { order: "afterStaff" })).toBe(
      "Would like to speak after the staff.",
    );
  });
});
