import { ar } from "./ar";
import { en } from "./en";
import { pl } from "./pl";
import { ro } from "./ro";
import type { Strings } from "./strings";
import { uk } from "./uk";
import { ur } from "./ur";

const BY_LANGUAGE: ReadonlyMap<string, Strings> = new Map(Object.entries({ en, pl, ur, ar, uk, ro }));
const RIGHT_TO_LEFT = new Set(["ar", "ur"]);

/** The page's language: its words, the tag to format dates with and to put on `<html>`, and its direction. */
export interface PageLanguage {
  readonly strings: Strings;
  readonly tag: string;
  readonly dir: "ltr" | "rtl";
}

/**
 * Chooses the page's language from the offer's BCP 47 tag. A language we have no words for falls
 * back to British English for everything, dates included, so a page never mixes two languages.
 */
export function pageLanguage(tag: string): PageLanguage {
  const base = tag.split("-")[0]?.toLowerCase() ?? "";
  const strings = BY_LANGUAGE.get(base);
  if (strings === undefined || base === "en") {
    // Plain "en" would format dates the US way ("Tuesday, December 1") for a UK family.
    return { strings: en, tag: base === "en" && tag.includes("-") ? tag : "en-GB", dir: "ltr" };
  }
  return { strings, tag, dir: RIGHT_TO_LEFT.has(base) ? "rtl" : "ltr" };
}
