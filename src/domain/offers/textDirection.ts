import { directionOf, familyLocale } from "../i18n/locales";

/** Right to left for Arabic, Urdu and Punjabi in Shahmukhi (with or without a region), else left to right. */
export function textDirection(lang: string): "rtl" | "ltr" {
  return directionOf(familyLocale(lang));
}
