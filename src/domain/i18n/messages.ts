import { IntlMessageFormat } from "intl-messageformat";
import { aboutLanguage, type FamilyLocale } from "./locales";

/** One language's messages: ICU MessageFormat strings by key. */
export type Messages<K extends string> = { readonly [key in K]: string };

/**
 * A message table: one language's messages by family language tag. English is always there (the
 * source of the keys); every other language is read by its tag, as `table[locale]`.
 */
export type MessageTable<K extends string> = { readonly en: Messages<K> } & {
  readonly [locale: string]: Messages<K> | undefined;
};

/** The values a message's `{placeholders}` take. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** The tag to give `Intl` (and `<html lang>`) for a family language, as its file says. */
export const intlTag = (locale: FamilyLocale): string => aboutLanguage(locale).intl;

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
  // Every discovered language has every table (the language files are typed against English's), so
  // English stands in only for a table built by hand, as tests do.
  return formatIn(table[locale] ?? table.en, locale, key, values);
}

/**
 * One message from one language's messages (what a page that loads only its reader's language
 * holds), with its placeholders filled; cached as {@link formatMessage} is.
 */
export function formatIn<K extends string>(
  messages: Messages<K>,
  locale: FamilyLocale,
  key: K,
  values: MessageValues = {},
): string {
  const source = messages[key];
  const cacheKey = `${locale}\u0000${source}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    format = new IntlMessageFormat(source, intlTag(locale));
    compiled.set(cacheKey, format);
  }
  const out = format.format<string>(values);
  return Array.isArray(out) ? out.join("") : String(out);
}
