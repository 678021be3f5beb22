import { describe, expect, it } from "vitest";
import { asFamilyLocale } from "../../domain/i18n/testing/locale";
import { loadParentWords } from "../messages/pageMessages";
import { chooseLocale, pageLanguage } from "./language";

describe("pageLanguage", () => {
  it("writes right to left for Arabic, Urdu and Punjabi in Shahmukhi", async () => {
    expect(
      pageLanguage(asFamilyLocale("ar"), await loadParentWords(asFamilyLocale("ar")), "ar"),
    ).toMatchObject({ tag: "ar", dir: "rtl" });
    expect(
      pageLanguage(asFamilyLocale("ur"), await loadParentWords(asFamilyLocale("ur")), "ur-PK"),
    ).toMatchObject({
      tag: "ur-PK",
      dir: "rtl",
    });
    expect(
      pageLanguage(asFamilyLocale("pa-Arab"), await loadParentWords(asFamilyLocale("pa-Arab")), "pa-PK"),
    ).toMatchObject({
      tag: "pa-Arab",
      dir: "rtl",
    });
    expect(
      pageLanguage(asFamilyLocale("pa-Guru"), await loadParentWords(asFamilyLocale("pa-Guru")), "pa"),
    ).toMatchObject({
      tag: "pa-Guru",
      dir: "ltr",
    });
    expect(
      pageLanguage(asFamilyLocale("pl"), await loadParentWords(asFamilyLocale("pl")), "pl"),
    ).toMatchObject({ tag: "pl", dir: "ltr" });
  });

  it("formats dates in British English for plain English, and in a chosen language's own tag", async () => {
    const en = await loadParentWords(asFamilyLocale("en"));
    expect(pageLanguage(asFamilyLocale("en"), en, "en").tag).toBe("en-GB");
    expect(pageLanguage(asFamilyLocale("en"), en, "fr").tag).toBe("en-GB");
    expect(pageLanguage(asFamilyLocale("en"), en, "en-IE").tag).toBe("en-IE");
    // The carer switched from Urdu to Welsh: Welsh dates, not the offer's Urdu ones.
    expect(pageLanguage(asFamilyLocale("cy"), await loadParentWords(asFamilyLocale("cy")), "ur-PK").tag).toBe(
      "cy",
    );
  });

  it("fills the words with the page's values", async () => {
    const cy = pageLanguage(asFamilyLocale("cy"), await loadParentWords(asFamilyLocale("cy")), "cy");
    expect(cy.strings.title("Ysgol Glenmore")).toBe("Dewiswch amser cyfarfod – Ysgol Glenmore");
    expect(cy.strings.reply.supporterText({ name: "Ann", relationship: "", sharePapers: false })).toBe(
      "Ann – caiff weld y papurau: na chaiff",
    );
    const en = pageLanguage(asFamilyLocale("en"), await loadParentWords(asFamilyLocale("en")), "en");
    expect(en.strings.reply.supporterText({ name: "Ann", relationship: "aunt", sharePapers: true })).toBe(
      "Ann (aunt) – may see the papers: yes",
    );
    expect(en.strings.purpose("checkIn")).toBe("We would like to meet to catch up on how things are going.");
  });
});

describe("chooseLocale", () => {
  it("takes the carer's choice on this device first, then the offer's language", () => {
    expect(chooseLocale("uk-UA", null)).toBe("uk");
    expect(chooseLocale("uk-UA", "cy")).toBe("cy");
    expect(chooseLocale("pa-PK", null)).toBe("pa-Arab");
    expect(chooseLocale("fr", null)).toBe("en");
  });

  it("ignores a remembered value that is not one of our languages", () => {
    expect(chooseLocale("pl", "xx")).toBe("pl");
    expect(chooseLocale("pl", "__proto__")).toBe("pl");
  });
});
