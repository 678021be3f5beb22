import { describe, expect, it } from "vitest";
import { FAMILY_LOCALES } from "../i18n/locales";
import { formatMessage } from "../i18n/messages";
import { asFamilyLocale } from "../i18n/testing/locale";
import { AGENDA_ITEM_MESSAGES } from "./agendaItemMessages";
import { AGENDA_MESSAGES, type AgendaMessageKey } from "./agendaMessages";
import { BUILT_IN_ITEMS } from "./agendaTemplates";

const VALUES = {
  when: "WHEN",
  room: "ROOM",
  n: 1,
  name: "NAME",
  role: "ROLE",
  why: "WHY",
  relationship: "REL",
  carer: "CARER",
  title: "TITLE",
  lead: "LEAD",
  text: "TEXT",
  language: "LANG",
  phone: "PHONE",
};

describe("agenda messages", () => {
  it("every message in every language formats, and keeps each placeholder the English one has", () => {
    const keys = Object.keys(AGENDA_MESSAGES.en) as AgendaMessageKey[];
    for (const locale of FAMILY_LOCALES) {
      for (const key of keys) {
        const english = formatMessage(AGENDA_MESSAGES, asFamilyLocale("en"), key, VALUES);
        const out = formatMessage(AGENDA_MESSAGES, locale, key, VALUES);
        expect(out.length, `${locale} ${key}`).toBeGreaterThan(0);
        for (const placeholder of [
          "WHEN",
          "ROOM",
          "NAME",
          "ROLE",
          "WHY",
          "REL",
          "CARER",
          "TITLE",
          "LEAD",
          "TEXT",
          "LANG",
          "PHONE",
        ])
          if (english.includes(placeholder)) expect(out, `${locale} ${key}`).toContain(placeholder);
      }
      for (const item of BUILT_IN_ITEMS)
        expect(formatMessage(AGENDA_ITEM_MESSAGES, locale, item).length).toBeGreaterThan(0);
    }
  });

  it("counts minutes in each language's plural forms", () => {
    expect(formatMessage(AGENDA_MESSAGES, asFamilyLocale("en"), "length", { n: 1 })).toBe(
      "The meeting lasts 1 minute.",
    );
    expect(formatMessage(AGENDA_MESSAGES, asFamilyLocale("pl"), "length", { n: 5 })).toBe(
      "Spotkanie trwa 5 minut.",
    );
    expect(formatMessage(AGENDA_MESSAGES, asFamilyLocale("pl"), "length", { n: 3 })).toBe(
      "Spotkanie trwa 3 minuty.",
    );
    expect(formatMessage(AGENDA_MESSAGES, asFamilyLocale("uk"), "length", { n: 45 })).toBe(
      "Зустріч триває 45 хвилин.",
    );
  });
});
