import { describe, expect, it } from "vitest";
import { directionOf, familyLocale } from "./locales";
import { formatMessage, type MessageTable } from "./messages";
import { asFamilyLocale } from "./testing/locale";

const TABLE: MessageTable<"times" | "hello"> = {
  en: { times: "{n, plural, one {# time} other {# times}}", hello: "Hello {name}" },
  pl: {
    times: "{n, plural, one {# termin} few {# terminy} many {# terminów} other {# terminu}}",
    hello: "Dzień dobry {name}",
  },
  ur: { times: "{n, plural, one {# وقت} other {# اوقات}}", hello: "السلام علیکم {name}" },
  ar: {
    times:
      "{n, plural, zero {لا أوقات} one {وقت واحد} two {وقتان} few {# أوقات} many {# وقتًا} other {# وقت}}",
    hello: "مرحبًا {name}",
  },
  uk: {
    times: "{n, plural, one {# час} few {# часи} many {# часів} other {# часу}}",
    hello: "Вітаємо, {name}",
  },
  ro: { times: "{n, plural, one {# oră} few {# ore} other {# de ore}}", hello: "Bună ziua, {name}" },
  "pa-Guru": { times: "{n, plural, one {# ਸਮਾਂ} other {# ਸਮੇਂ}}", hello: "ਸਤ ਸ੍ਰੀ ਅਕਾਲ {name}" },
  "pa-Arab": { times: "{n, plural, one {# ویلا} other {# ویلے}}", hello: "سلام {name}" },
  gd: { times: "{n, plural, one {# àm} two {# àm} few {# amannan} other {# àm}}", hello: "Halò {name}" },
  cy: {
    times:
      "{n, plural, zero {# amser} one {# amser} two {# amser} few {# amser} many {# amser} other {# amser}}",
    hello: "Helo {name}",
  },
};

describe("family languages", () => {
  it("maps records' language tags onto the languages we write in", () => {
    expect(familyLocale("pl-PL")).toBe("pl");
    expect(familyLocale("UK")).toBe("uk");
    expect(familyLocale("pa")).toBe("pa-Guru");
    expect(familyLocale("pa-IN")).toBe("pa-Guru");
    expect(familyLocale("pa-Arab-PK")).toBe("pa-Arab");
    expect(familyLocale("pa_PK")).toBe("pa-Arab");
    expect(familyLocale("pnb")).toBe("pa-Arab");
    expect(familyLocale("cy-GB")).toBe("cy");
    expect(familyLocale("fr")).toBe("en");
    expect(familyLocale("")).toBe("en");
  });

  it("knows which languages are written right to left", () => {
    expect(["ar", "ur", "pa-Arab", "pa-Guru", "en"].map((l) => directionOf(familyLocale(l)))).toEqual([
      "rtl",
      "rtl",
      "rtl",
      "ltr",
      "ltr",
    ]);
  });

  it("formats plurals by each language's own rules", () => {
    expect(formatMessage(TABLE, asFamilyLocale("en"), "times", { n: 1 })).toBe("1 time");
    expect(formatMessage(TABLE, asFamilyLocale("en"), "times", { n: 3 })).toBe("3 times");
    expect(formatMessage(TABLE, asFamilyLocale("pl"), "times", { n: 3 })).toBe("3 terminy");
    expect(formatMessage(TABLE, asFamilyLocale("pl"), "times", { n: 5 })).toBe("5 terminów");
    expect(formatMessage(TABLE, asFamilyLocale("uk"), "times", { n: 2 })).toBe("2 часи");
    expect(formatMessage(TABLE, asFamilyLocale("ar"), "times", { n: 2 })).toBe("وقتان");
    expect(formatMessage(TABLE, asFamilyLocale("uk"), "hello", { name: "Olena" })).toBe("Вітаємо, Olena");
  });
});
