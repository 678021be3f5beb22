import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { ENGLISH, FAMILY_LOCALES, type FamilyLocale } from "./locales";

/** A message table as the checks read it: any keys, possibly missing a language or a key. */
export type LooseTable = { readonly [locale: string]: { readonly [key: string]: string } | undefined };

/** A family table by a name that says where it is used. */
export interface FamilyTable {
  readonly name: string;
  readonly table: LooseTable;
}

/** What is wrong with one message in one language. */
export interface CatalogueProblem {
  readonly table: string;
  readonly locale: FamilyLocale;
  readonly key: string;
  readonly problem: "missing" | "empty" | "unparsable" | "placeholders";
  readonly detail: string;
}

function namesIn(elements: readonly MessageFormatElement[], into: Set<string>): Set<string> {
  for (const el of elements) {
    if (isLiteralElement(el)) continue;
    if (
      isArgumentElement(el) ||
      isNumberElement(el) ||
      isDateElement(el) ||
      isTimeElement(el) ||
      isSelectElement(el) ||
      isPluralElement(el) ||
      isTagElement(el)
    )
      into.add(el.value);
    if (isSelectElement(el) || isPluralElement(el))
      for (const option of Object.values(el.options)) namesIn(option.value, into);
    if (isTagElement(el)) namesIn(el.children, into);
  }
  return into;
}

/** The names of a message's arguments (`{name}`, `{n, plural, …}`, nested ones too), sorted. */
export function argumentNames(message: string): string[] {
  return [...namesIn(parse(message), new Set())].sort();
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every problem with a table: a language or key missing, an empty message, one the ICU parser
 * refuses, or one whose placeholders differ from the English (lost or added). English is the
 * source every language is compared with.
 */
export function checkTable({ name, table }: FamilyTable): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const english = table.en ?? {};
  const englishNames = new Map<string, string[]>();
  for (const [key, source] of Object.entries(english)) {
    try {
      englishNames.set(key, argumentNames(source));
    } catch (cause) {
      problems.push({ table: name, locale: ENGLISH, key, problem: "unparsable", detail: String(cause) });
    }
  }
  for (const locale of FAMILY_LOCALES) {
    const messages = table[locale];
    for (const key of Object.keys(english)) {
      const message = messages?.[key];
      const at = { table: name, locale, key };
      if (message === undefined) {
        problems.push({ ...at, problem: "missing", detail: `no "${key}" in ${locale}` });
        continue;
      }
      if (message.trim() === "") {
        problems.push({ ...at, problem: "empty", detail: `"${key}" is empty in ${locale}` });
        continue;
      }
      if (locale === "en") continue;
      let names: string[];
      try {
        names = argumentNames(message);
      } catch (cause) {
        problems.push({ ...at, problem: "unparsable", detail: String(cause) });
        continue;
      }
      const expected = englishNames.get(key);
      if (expected && !same(names, expected))
        problems.push({
          ...at,
          problem: "placeholders",
          detail: `{${names.join("}, {")}} where English has {${expected.join("}, {")}}`,
        });
    }
  }
  return problems;
}

/** The family languages in which every registered table has every message, whole and parsable. */
export function completeLocales(tables: readonly FamilyTable[]): FamilyLocale[] {
  const broken = new Set(tables.flatMap(checkTable).map((p) => p.locale));
  return FAMILY_LOCALES.filter((l) => !broken.has(l));
}

/**
 * A message's words as a reader meets them, for the readability check: literal text, each
 * placeholder as one short word, and the "other" branch of a plural or select.
 */
export function readableText(message: string): string {
  const walk = (elements: readonly MessageFormatElement[]): string =>
    elements
      .map((el) => {
        if (isLiteralElement(el)) return el.value;
        if (isSelectElement(el) || isPluralElement(el)) return walk(el.options.other?.value ?? []);
        if (isTagElement(el)) return walk(el.children);
        return "Name";
      })
      .join("");
  return walk(parse(message));
}
