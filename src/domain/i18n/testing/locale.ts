import { type FamilyLocale, isFamilyLocaleTag } from "../locales";

/** A family language by its tag, for tests: a tag with no language file fails the test at once. */
export function asFamilyLocale(tag: string): FamilyLocale {
  if (!isFamilyLocaleTag(tag)) throw new Error(`No language file for "${tag}"`);
  return tag;
}
