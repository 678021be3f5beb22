import { describe, expect, it } from "vitest";
import { ar } from "./ar";
import { en } from "./en";
import { pageLanguage } from "./language";
import { pl } from "./pl";
import { ro } from "./ro";
import type { Strings } from "./strings";
import { uk } from "./uk";
import { ur } from "./ur";

/** Every leaf of a strings object: text as is, functions called with a marker to show where it goes. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    if (path.endsWith("slotTime")) return [];
    const blank = path.endsWith("supporterText")
      ? { name: "⟨x⟩", relationship: "⟨x⟩", sharePapers: true }
      : "⟨x⟩";
    return [[path, String(value(blank))]];
  }
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, String(value)]];
}

describe("translations", () => {
  const english = new Map(leaves(en));
  it.each([
    ["pl", pl],
    ["uk", uk],
    ["ro", ro],
    ["ar", ar],
    ["ur", ur],
  ] as [string, Strings][])("%s has every sentence, translated, with its blanks filled", (_, strings) => {
    const translated = leaves(strings);
    for (const [path, text] of translated) {
      expect(text.trim(), path).not.toBe("");
      if (english.get(path)?.includes("⟨x⟩")) expect(text, path).toContain("⟨x⟩");
    }
    expect(
      translated.filter(([p, text]) => text === english.get(p) && !/SENDIASS|Enquire/.test(text)),
    ).toEqual([]);
  });
});

describe("pageLanguage", () => {
  it("writes right to left for Arabic and Urdu", () => {
    expect(pageLanguage("ar")).toMatchObject({ strings: ar, tag: "ar", dir: "rtl" });
    expect(pageLanguage("ur-PK")).toMatchObject({ strings: ur, tag: "ur-PK", dir: "rtl" });
    expect(pageLanguage("pl")).toMatchObject({ strings: pl, tag: "pl", dir: "ltr" });
  });

  it("falls back to British English, dates included, for languages it has no words for", () => {
    expect(pageLanguage("fr")).toMatchObject({ strings: en, tag: "en-GB", dir: "ltr" });
    expect(pageLanguage("en")).toMatchObject({ strings: en, tag: "en-GB" });
    expect(pageLanguage("en-IE")).toMatchObject({ strings: en, tag: "en-IE" });
  });
});
