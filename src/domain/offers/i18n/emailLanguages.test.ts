import { describe, expect, it } from "vitest";
import { type ConfirmationText, EN_CONFIRMATION } from "../confirmationText";
import { EN_NOTICE, type NoticeText } from "../noticeText";
import { EN_OFFER_EMAIL, type OfferEmailText } from "../offerEmailText";
import { AR_CONFIRMATION, AR_NOTICE, AR_OFFER_EMAIL } from "./emailAr";
import { confirmationTextFor, noticeTextFor, offerEmailTextFor } from "./emailLanguages";
import { PL_CONFIRMATION, PL_NOTICE, PL_OFFER_EMAIL } from "./emailPl";
import { RO_CONFIRMATION, RO_NOTICE, RO_OFFER_EMAIL } from "./emailRo";
import { UK_CONFIRMATION, UK_NOTICE, UK_OFFER_EMAIL } from "./emailUk";
import { UR_CONFIRMATION, UR_NOTICE, UR_OFFER_EMAIL } from "./emailUr";

const LANGUAGES: readonly {
  lang: string;
  offer: OfferEmailText;
  confirmation: ConfirmationText;
  notice: NoticeText;
  choose: string;
  join: string;
}[] = [
  {
    lang: "pl",
    offer: PL_OFFER_EMAIL,
    confirmation: PL_CONFIRMATION,
    notice: PL_NOTICE,
    choose: "Wybierz termin",
    join: "Dołącz do spotkania",
  },
  {
    lang: "ur",
    offer: UR_OFFER_EMAIL,
    confirmation: UR_CONFIRMATION,
    notice: UR_NOTICE,
    choose: "وقت چنیں",
    join: "ملاقات میں شامل ہوں",
  },
  {
    lang: "ar",
    offer: AR_OFFER_EMAIL,
    confirmation: AR_CONFIRMATION,
    notice: AR_NOTICE,
    choose: "اختر موعدًا",
    join: "انضم إلى الاجتماع",
  },
  {
    lang: "uk",
    offer: UK_OFFER_EMAIL,
    confirmation: UK_CONFIRMATION,
    notice: UK_NOTICE,
    choose: "Обрати час",
    join: "Приєднатися до зустрічі",
  },
  {
    lang: "ro",
    offer: RO_OFFER_EMAIL,
    confirmation: RO_CONFIRMATION,
    notice: RO_NOTICE,
    choose: "Alegeți o oră",
    join: "Intrați în întâlnire",
  },
];

/** Sample arguments, distinct per parameter, so each must appear in what the function returns. */
const ARGS: Readonly<Record<string, readonly string[]>> = {
  subject: ["Craigmount Primary School"],
  greeting: ["Zofia"],
  why: ["to plan the move to the next class"],
  booked: ["Tuesday 3 March, 10:00–11:00"],
  where: ["Library"],
  supporter: ["Ola Nowak"],
  contact: ["Craigmount Primary School", "0131 496 0123"],
  change: ["Craigmount Primary School", "0131 496 0123"],
  cancelSubject: ["Craigmount Primary School"],
  cancelled: ["Tuesday 3 March, 10:00–11:00"],
  staffWords: ["Mrs Ada Brown"],
  withdrawSubject: ["Craigmount Primary School"],
  chaseSubject: ["Craigmount Primary School"],
  moved: ["Tuesday 3 March, 10:00–11:00"],
};

/** Every function in a set returns non-empty text holding all its arguments; every string is non-empty. */
function expectComplete(set: object, english: object): void {
  const entries = Object.entries(set);
  expect(Object.keys(set).sort()).toEqual(Object.keys(english).sort());
  for (const [key, value] of entries) {
    if (typeof value === "function") {
      const args = ARGS[key];
      expect(args, `sample arguments for ${key}`).toBeDefined();
      expect(value.length, `${key} takes ${args?.length} arguments`).toBe(args?.length);
      const text: unknown = value(...(args ?? []));
      expect(typeof text).toBe("string");
      expect((text as string).trim(), key).not.toBe("");
      for (const arg of args ?? []) expect(text, `${key} keeps ${arg}`).toContain(arg);
    } else if (typeof value === "string") {
      expect(value.trim(), key).not.toBe("");
    } else {
      expectComplete(value as object, (english as Record<string, object>)[key] ?? {});
    }
  }
}

describe("email languages", () => {
  it.each(LANGUAGES)("gives $lang its own words", ({ lang, offer, confirmation, choose, join }) => {
    expect(offerEmailTextFor(lang)).toBe(offer);
    expect(confirmationTextFor(lang)).toBe(confirmation);
    expect(offerEmailTextFor(lang).choose).toBe(choose);
    expect(confirmationTextFor(lang).join).toBe(join);
    expect(offer.choose).not.toBe(EN_OFFER_EMAIL.choose);
    expect(confirmation.join).not.toBe(EN_CONFIRMATION.join);
  });

  it.each(LANGUAGES)("gives $lang its own notices", ({ lang, notice }) => {
    expect(noticeTextFor(lang)).toBe(notice);
  });

  it("chooses by the primary subtag of a region tag", () => {
    expect(offerEmailTextFor("pl-PL")).toBe(PL_OFFER_EMAIL);
    expect(confirmationTextFor("pl-PL")).toBe(PL_CONFIRMATION);
    expect(offerEmailTextFor("ur-PK")).toBe(UR_OFFER_EMAIL);
    expect(offerEmailTextFor("ar-SA")).toBe(AR_OFFER_EMAIL);
    expect(confirmationTextFor("uk-UA")).toBe(UK_CONFIRMATION);
    expect(confirmationTextFor("RO-ro")).toBe(RO_CONFIRMATION);
    expect(offerEmailTextFor("en-GB")).toBe(EN_OFFER_EMAIL);
    expect(noticeTextFor("pl-PL")).toBe(PL_NOTICE);
    expect(noticeTextFor("ur_PK")).toBe(UR_NOTICE);
    expect(noticeTextFor("ar-EG")).toBe(AR_NOTICE);
    expect(noticeTextFor(" uk-UA ")).toBe(UK_NOTICE);
    expect(noticeTextFor("RO-ro")).toBe(RO_NOTICE);
    expect(noticeTextFor("en-GB")).toBe(EN_NOTICE);
  });

  it("falls back to English for a language it does not have", () => {
    for (const lang of ["fr", "de-DE", "so", "", "plx", "constructor", "__proto__"]) {
      expect(offerEmailTextFor(lang)).toBe(EN_OFFER_EMAIL);
      expect(confirmationTextFor(lang)).toBe(EN_CONFIRMATION);
      expect(noticeTextFor(lang)).toBe(EN_NOTICE);
    }
  });

  it("has English complete, so the check below is a fair one", () => {
    expectComplete(EN_OFFER_EMAIL, EN_OFFER_EMAIL);
    expectComplete(EN_CONFIRMATION, EN_CONFIRMATION);
    expectComplete(EN_NOTICE, EN_NOTICE);
  });

  it.each(LANGUAGES)("has every sentence in $lang, with its values", ({ offer, confirmation, notice }) => {
    expectComplete(offer, EN_OFFER_EMAIL);
    expectComplete(confirmation, EN_CONFIRMATION);
    expectComplete(notice, EN_NOTICE);
    expect(offer.greeting("Zofia")).toContain("Zofia");
  });

  it.each(LANGUAGES)("keeps the Enquire name and contact details in $lang", ({ offer }) => {
    expect(offer.advice.scotland).toContain("Enquire");
    expect(offer.advice.scotland).toContain("0345 123 2303, enquire.org.uk");
    expect(offer.advice.england).toContain("SENDIASS");
    expect(offer.format.online).toContain("Microsoft Teams");
  });

  it.each(LANGUAGES)("keeps Microsoft Teams in the $lang confirmation", ({ confirmation }) => {
    expect(confirmation.online).toContain("Microsoft Teams");
    expect(confirmation.orOnline).toContain("Microsoft Teams");
  });

  it.each(LANGUAGES)("writes every $lang notice in its own words, not English", ({ notice }) => {
    const englishByKey = new Map<string, unknown>(Object.entries(EN_NOTICE));
    for (const [key, value] of Object.entries(notice)) {
      const english = englishByKey.get(key);
      const args = ARGS[key] ?? [];
      const own: unknown = typeof value === "function" ? value(...args) : value;
      const theirs: unknown = typeof english === "function" ? english(...args) : english;
      expect(own, key).not.toBe(theirs);
    }
  });
});
