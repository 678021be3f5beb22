import { IntlMessageFormat } from "intl-messageformat";
import type { FamilyLocale } from "./locales";

/** One language's messages: ICU MessageFormat strings by key. */
export type Messages<K extends string> = { readonly [key in K]: string };

/** A message table: every key in every family language, English first (the source). */
export type MessageTable<K extends string> = { readonly [locale in FamilyLocale]: Messages<K> };

/** The values a message's `{placeholders}` take. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** The tag `Intl` formats with for each family language (British English, not US). */
const INTL_TAG: { readonly [locale in FamilyLocale]: string } = {
  en: "en-GB",
  pl: "pl",
  ur: "ur",
  ar: "ar",
  uk: "uk",
  ro: "ro",
  "pa-Guru": "pa-Guru",
  "pa-Arab": "pa-Arab",
  gd: "gd",
  cy: "cy",
};

/** The tag to give `Intl` (and `<html lang>`) for a family language. */
export const intlTag = (locale: FamilyLocale): string => INTL_TAG[locale];

const compiled = new Map<string, IntlMessageFormat>();

/**
 * One message in one language, with its placeholders filled. Compiled formats are cached: the same
 * message is parsed once however many emails use it.
 */
export function formatMessage<K extends string>(
  table: MessageTable<K>,
  locale: FamilyLocale,
  key: K,
  values: MessageValues = {},
): string {
  const source = table[locale][key];
  const cacheKey = `${locale}\u0000${source}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    format = new IntlMessageFormat(source, INTL_TAG[locale]);
    compiled.set(cacheKey, format);
  }
  const out = format.format<string>(values);
  return Array.isArray(out) ? out.join("") : String(out);
}
