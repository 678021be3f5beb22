import { directionOf, type FamilyLocale, familyLocale, isFamilyLocaleTag } from "../../domain/i18n/locales";
import { intlTag } from "../../domain/i18n/messages";
import type { ParentWords } from "../messages/pageMessages";
import type { Strings } from "./strings";
import { stringsFrom } from "./stringsFrom";

/** The page's language: its words, the tag to format dates with and to put on `<html>`, and its direction. */
export interface PageLanguage {
  readonly locale: FamilyLocale;
  readonly strings: Strings;
  readonly tag: string;
  readonly dir: "ltr" | "rtl";
}

/**
 * The language to show: the one the carer chose on this device, if any, otherwise the offer's. A
 * language we have no words for is English, so a page never mixes two languages.
 */
export function chooseLocale(offerTag: string, remembered: string | null): FamilyLocale {
  return remembered !== null && isFamilyLocaleTag(remembered) ? remembered : familyLocale(offerTag);
}

/**
 * The page's language from its loaded words. Dates follow the offer's own tag when it is this
 * language ("ur-PK", "en-IE"); otherwise the language's own tag, and British English for plain
 * "en" — never the US way ("Tuesday, December 1") for a UK family.
 */
export function pageLanguage(locale: FamilyLocale, words: ParentWords, offerTag = ""): PageLanguage {
  const sameLanguage = familyLocale(offerTag) === locale && offerTag.includes("-");
  const tag = sameLanguage && locale !== "pa-Guru" && locale !== "pa-Arab" ? offerTag : intlTag(locale);
  return { locale, strings: stringsFrom(words, locale), tag, dir: directionOf(locale) };
}
