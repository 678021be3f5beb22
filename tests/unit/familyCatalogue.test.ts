import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkTable, completeLocales, readableText } from "../../src/domain/i18n/catalogueCheck";
import { aboutLanguage, FAMILY_LOCALES } from "../../src/domain/i18n/locales";
import { fleschReadingEase, longSentences, words } from "../../src/domain/i18n/readability";
import { familyTables } from "../support/familyTables";

const tables = await familyTables();

/**
 * Names a family searches for or sees on screen, which plain language cannot reword: each reads
 * as one short word in the readability score.
 */
const NAMES = [
  /SEND Information, Advice and Support Service/g,
  /Microsoft Teams/g,
  /enquire\.org\.uk/g,
  /SENDIASS/g,
  /Enquire/g,
  /Health and Education Chamber/g,
  /First-tier Tribunal \(SEND\)/g,
  // The routes' own names, as the law and the advice services call them.
  /Mediation/g,
  /Dispute resolution/g,
  /Disagreement resolution/g,
];

const plain = (message: string) =>
  NAMES.reduce((text, name) => text.replace(name, "Name"), readableText(message));

/** A message with its simple `{name}` arguments taken out: "{name}, {role}: {why}" has no words to translate. */
const withoutArguments = (message: string) => message.replace(/\{\s*\w+\s*\}/g, "");

/** Below this many words a reading-ease score says little ("Interpreter" alone scores below zero). */
const SCORED_FROM_WORDS = 10;

/** The language files as they lie in the folder: adding a language is adding one of these. */
const FILES_IN_FOLDER = readdirSync(new URL("../../src/domain/i18n/languages/", import.meta.url))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""));

describe("the family languages", () => {
  it("are exactly the files in src/domain/i18n/languages/, English first", () => {
    expect(FAMILY_LOCALES[0]).toBe("en");
    expect([...FAMILY_LOCALES].sort()).toEqual([...FILES_IN_FOLDER].sort());
    expect(FAMILY_LOCALES.length).toBeGreaterThanOrEqual(10);
  });

  it("each say their own name, Intl tag and direction", () => {
    const [english] = FAMILY_LOCALES;
    expect(english && aboutLanguage(english)).toEqual({ name: "English", intl: "en-GB", dir: "ltr" });
    const byTag = Object.fromEntries(FAMILY_LOCALES.map((l) => [l, aboutLanguage(l)]));
    expect(byTag["pa-Arab"]).toEqual({ name: "پنجابی (شاہ مکھی)", intl: "pa-Arab", dir: "rtl" });
    expect(byTag.cy).toEqual({ name: "Cymraeg", intl: "cy", dir: "ltr" });
  });

  it("each hold every section of every family table", () => {
    for (const { name, table } of tables)
      expect(Object.keys(table).sort(), name).toEqual([...FILES_IN_FOLDER].sort());
  });
});

describe("the family message catalogue", () => {
  it("registers the parent page, the emails and the meeting purposes", () => {
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["parent page", "emails", "meeting purposes"]),
    );
  });

  it.each(tables.map((t) => [t.name, t] as const))(
    "%s: every key in every language, each message parsing, no placeholder lost or added",
    (_, table) => {
      expect(checkTable(table)).toEqual([]);
    },
  );

  it("has every family-facing message in at least nine languages besides English", () => {
    expect(completeLocales(tables)).toEqual([...FAMILY_LOCALES]);
    expect(completeLocales(tables).length - 1).toBeGreaterThanOrEqual(9);
  });

  it("writes no language's message as the English one, names aside", () => {
    const untranslated = tables.flatMap(({ name, table }) =>
      FAMILY_LOCALES.filter((l) => l !== "en").flatMap((l) =>
        Object.entries(table.en ?? {})
          .filter(
            ([key, english]) =>
              table[l]?.[key] === english && words(plain(withoutArguments(english))).length > 1,
          )
          .map(([key]) => `${name}: ${l}.${key}`),
      ),
    );
    expect(untranslated).toEqual([]);
  });
});

describe("plain English for families", () => {
  const english = tables.flatMap(({ name, table }) =>
    Object.entries(table.en ?? {}).map(([key, message]) => ({ at: `${name}: ${key}`, text: plain(message) })),
  );

  it(`reads easily: Flesch reading ease of 70 or more for each message of ${SCORED_FROM_WORDS} words or more`, () => {
    const scored = english.filter((m) => words(m.text).length >= SCORED_FROM_WORDS);
    expect(scored.length).toBeGreaterThan(40);
    const hard = scored
      .map((m) => ({ at: m.at, score: Math.round(fleschReadingEase(m.text)) }))
      .filter((m) => m.score < 70);
    expect(hard).toEqual([]);
  });

  it("reads easily as a whole, labels and short lines included", () => {
    expect(
      fleschReadingEase(english.map((m) => m.text.replace(/[^.!?:]$/, "$&.")).join(" ")),
    ).toBeGreaterThanOrEqual(70);
  });

  it("has no sentence over twenty words", () => {
    expect(english.flatMap((m) => longSentences(m.text).map((s) => `${m.at}: ${s}`))).toEqual([]);
  });
});
