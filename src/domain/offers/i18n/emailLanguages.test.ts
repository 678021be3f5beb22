import { describe, expect, it } from "vitest";
import { FAMILY_LOCALES } from "../../i18n/locales";
import { textDirection } from "../textDirection";
import { confirmationTextFor, EMAIL_LANGUAGES, noticeTextFor, offerEmailTextFor } from "./emailLanguages";

/** The button each language's offer and confirmation carry: proof the words are that language's. */
const BUTTONS = [
  { lang: "pl", choose: "Wybierz termin", join: "Dołącz do spotkania" },
  { lang: "ur", choose: "وقت چنیں", join: "ملاقات میں شامل ہوں" },
  { lang: "ar", choose: "اختر موعدًا", join: "انضم إلى الاجتماع" },
  { lang: "uk", choose: "Обрати час", join: "Приєднатися до зустрічі" },
  { lang: "ro", choose: "Alegeți o oră", join: "Intrați în întâlnire" },
  { lang: "pa-Guru", choose: "ਸਮਾਂ ਚੁਣੋ", join: "ਮੀਟਿੰਗ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ" },
  { lang: "pa-Arab", choose: "ویلا چݨو", join: "میٹنگ وچ شامل ہووو" },
  { lang: "gd", choose: "Tagh àm", join: "Rach a-steach dhan choinneamh" },
  { lang: "cy", choose: "Dewis amser", join: "Ymuno â’r cyfarfod" },
] as const;

const SCHOOL = "Craigmount Primary School";
const PHONE = "0131 496 0123";
const WHEN = "Tuesday 3 March, 10:00–11:00";

describe("email languages", () => {
  it.each(BUTTONS)("gives $lang its own words", ({ lang, choose, join }) => {
    expect(offerEmailTextFor(lang).choose).toBe(choose);
    expect(confirmationTextFor(lang).join).toBe(join);
    expect(choose).not.toBe(offerEmailTextFor("en").choose);
  });

  it("chooses by the language of a region or script tag", () => {
    expect(offerEmailTextFor("pl-PL").choose).toBe("Wybierz termin");
    expect(offerEmailTextFor("ur-PK").choose).toBe("وقت چنیں");
    expect(confirmationTextFor("uk-UA").join).toBe("Приєднатися до зустрічі");
    expect(confirmationTextFor("RO-ro").join).toBe("Intrați în întâlnire");
    expect(offerEmailTextFor("pa-IN").choose).toBe("ਸਮਾਂ ਚੁਣੋ");
    expect(offerEmailTextFor("pa-PK").choose).toBe("ویلا چݨو");
    expect(offerEmailTextFor("pnb").choose).toBe("ویلا چݨو");
    expect(noticeTextFor("cy-GB").chase).toContain("Rydyn ni’n ysgrifennu eto");
    expect(offerEmailTextFor("en-GB").choose).toBe("Choose a time");
  });

  it("falls back to English for a language it does not have", () => {
    for (const lang of ["fr", "de-DE", "so", "", "plx", "constructor", "__proto__"]) {
      expect(offerEmailTextFor(lang).choose).toBe("Choose a time");
      expect(confirmationTextFor(lang).join).toBe("Join the meeting");
      expect(noticeTextFor(lang).cancelSubject(SCHOOL)).toBe(`Your meeting with ${SCHOOL} is cancelled`);
    }
  });

  it.each(FAMILY_LOCALES)("puts every value where it belongs in %s", (lang) => {
    const offer = offerEmailTextFor(lang);
    const confirmation = confirmationTextFor(lang);
    const notice = noticeTextFor(lang);
    for (const text of [
      offer.subject(SCHOOL),
      offer.contact(SCHOOL, PHONE),
      confirmation.subject(SCHOOL),
      confirmation.change(SCHOOL, PHONE),
      notice.cancelSubject(SCHOOL),
      notice.withdrawSubject(SCHOOL),
      notice.chaseSubject(SCHOOL),
    ])
      expect(text).toContain(SCHOOL);
    expect(offer.contact(SCHOOL, PHONE)).toContain(PHONE);
    expect(offer.greeting("Zofia")).toContain("Zofia");
    expect(offer.staffWords("Ms Reid")).toContain("Ms Reid");
    expect(confirmation.booked(WHEN)).toContain(WHEN);
    expect(confirmation.where("Library")).toContain("Library");
    expect(confirmation.supporter("Ola Nowak")).toContain("Ola Nowak");
    expect(notice.cancelled(WHEN)).toContain(WHEN);
    expect(notice.moved(WHEN)).toContain(WHEN);
  });

  it.each(FAMILY_LOCALES)("keeps the names families search for in %s", (lang) => {
    const offer = offerEmailTextFor(lang);
    expect(offer.advice.scotland).toContain("Enquire");
    expect(offer.advice.scotland).toContain("0345 123 2303");
    expect(offer.advice.scotland).toContain("enquire.org.uk");
    expect(offer.advice.england).toContain("SENDIASS");
    expect(offer.format.online).toContain("Microsoft Teams");
    expect(confirmationTextFor(lang).online).toContain("Microsoft Teams");
  });

  it("labels staff's own words in the family's language, saying they are in English", () => {
    expect(offerEmailTextFor("uk").staffWords("Ms Reid")).toBe(
      "Повідомлення від Ms Reid, англійською, дослівно:",
    );
    expect(noticeTextFor("cy").staffWords("Ms Reid")).toBe(
      "Neges gan Ms Reid, yn Saesneg, fel y’i hysgrifennwyd:",
    );
    expect(noticeTextFor("en").staffWords("Ms Reid")).toBe("A message from Ms Reid, in their own words:");
  });

  it("says why we meet from the catalogue, in the family's language", () => {
    expect(offerEmailTextFor("en").purpose("checkIn")).toBe(
      "We would like to meet to catch up on how things are going.",
    );
    expect(offerEmailTextFor("uk").purpose("checkIn")).toBe(
      "Ми хотіли б зустрітися, щоб поговорити про те, як справи.",
    );
  });

  it("accepts from the records every language the emails are written in, and Western Punjabi", () => {
    expect(EMAIL_LANGUAGES).toEqual(["en", "ar", "cy", "gd", "pa", "pl", "ro", "uk", "ur", "pnb"]);
  });

  it("writes right to left for Arabic, Urdu and Punjabi in Shahmukhi only", () => {
    expect(
      ["ar-SA", "ur", "pa-Arab", "pa-PK", "pnb", "pa-Guru", "pa", "cy", "he"].map(textDirection),
    ).toEqual(["rtl", "rtl", "rtl", "rtl", "rtl", "ltr", "ltr", "ltr", "ltr"]);
  });
});
