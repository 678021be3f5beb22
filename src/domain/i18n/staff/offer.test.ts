import { describe, expect, it } from "vitest";
import { argumentNames } from "../catalogueCheck";
import { staffText } from "../staffMessages";
import { OFFER_MESSAGES } from "./offer";

describe("the offer's words", () => {
  it("parses every message, each under offer.", () => {
    for (const [key, message] of Object.entries(OFFER_MESSAGES)) {
      expect(key).toMatch(/^offer\./);
      expect(() => argumentNames(message)).not.toThrow();
    }
  });

  it("counts carers on the Send button", () => {
    expect(staffText("offer.send", { count: 1 })).toBe("Send to 1 carer");
    expect(staffText("offer.send", { count: 2 })).toBe("Send to 2 carers");
  });

  it("names the household's language and the English beside it", () => {
    expect(
      staffText("offer.asTheyGetIt", { language: "Українська (uk)", name: "Olena", subject: "Зустріч" }),
    ).toBe("In Українська (uk), as Olena gets it: Зустріч");
    expect(staffText("offer.englishToCheck", { subject: "A meeting" })).toBe(
      "In English, to check: A meeting",
    );
  });
});
