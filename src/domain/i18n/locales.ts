/**
 * The languages a family can read everything we send them in. Adding one is a catalogue file per
 * message table and this list; the completeness tests then require every key in it.
 * Punjabi is written in two scripts: Gurmukhi (India) and Shahmukhi (Pakistan); the family chooses.
 */
export const FAMILY_LOCALES = ["en", "pl", "ur", "ar", "uk", "ro", "pa-Guru", "pa-Arab", "gd", "cy"] as const;

export type FamilyLocale = (typeof FAMILY_LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<FamilyLocale> = new Set(["ar", "ur", "pa-Arab"]);

/** The writing direction of a family language. */
export const directionOf = (locale: FamilyLocale): "ltr" | "rtl" =>
  RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";

const isFamilyLocale = (tag: string): tag is FamilyLocale =>
  (FAMILY_LOCALES as readonly string[]).includes(tag);

/**
 * The family language for a BCP 47 tag as the school's records hold it ("pl-PL", "ur", "pa-Arab-PK",
 * "pnb"), or English when we have no words in that language. Punjabi without a script is Gurmukhi
 * unless the region says Pakistan; "pnb" (Western Punjabi) is Shahmukhi.
 */
export function familyLocale(tag: string): FamilyLocale {
  const parts = tag.trim().replaceAll("_", "-").split("-");
  const base = parts[0]?.toLowerCase() ?? "";
  if (base === "pnb") return "pa-Arab";
  if (base === "pa") {
    const rest = parts.slice(1).map((p) => p.toLowerCase());
    return rest.includes("arab") || rest.includes("pk") ? "pa-Arab" : "pa-Guru";
  }
  return isFamilyLocale(base) ? base : "en";
}
