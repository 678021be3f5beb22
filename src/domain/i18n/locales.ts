import type { LanguageAbout } from "./languageFile";

/**
 * The languages a family can read everything we send them in: one file per language in
 * `./languages/` (`<tag>.ts`, named by its BCP 47 tag), found when the code is built. Adding a
 * language is adding its file, with every section and key English (`en.ts`) has; the typecheck and
 * the completeness test (`tests/unit/familyCatalogue.test.ts`) refuse a file with any missing.
 * Punjabi is written in two scripts, Gurmukhi (`pa-Guru`) and Shahmukhi (`pa-Arab`): the family chooses.
 *
 * Only each file's `about` is read here (the `?about` copy keeps nothing else), so the parent
 * page can list every language without downloading any language's words.
 */
const ABOUT = import.meta.glob<LanguageAbout>("./languages/*.ts", {
  eager: true,
  import: "about",
  query: "?about",
});

declare const familyLocaleBrand: unique symbol;

/**
 * A family language: one of the tags of the files in `./languages/`. Branded, so a value of this
 * type can only come from the discovered list ({@link FAMILY_LOCALES}, {@link familyLocale},
 * {@link isFamilyLocaleTag}): a tag with no words (say "fr", or "pl-PL") cannot be passed by mistake.
 */
export type FamilyLocale = string & { readonly [familyLocaleBrand]: true };

/** The file name's tag: "./languages/pa-Arab.ts" is "pa-Arab". */
export const tagOfLanguageFile = (path: string): string => path.replace(/^.*\//, "").replace(/\.ts$/, "");

const ABOUT_BY_TAG: ReadonlyMap<string, LanguageAbout> = new Map(
  Object.entries(ABOUT).map(([path, about]) => [tagOfLanguageFile(path), about]),
);

/** English: the source every other language translates, and the language of last resort. */
export const ENGLISH = "en" as FamilyLocale;

/** Every family language, English first, then by tag. */
export const FAMILY_LOCALES: readonly FamilyLocale[] = [
  ENGLISH,
  ...([...ABOUT_BY_TAG.keys()].filter((t) => t !== ENGLISH).sort() as FamilyLocale[]),
];

/** Whether `tag` is exactly one of our family languages (for a choice read back from storage). */
export const isFamilyLocaleTag = (tag: string): tag is FamilyLocale => ABOUT_BY_TAG.has(tag);

/** What a family language's file says about it. */
export function aboutLanguage(locale: FamilyLocale): LanguageAbout {
  const about = ABOUT_BY_TAG.get(locale);
  // Only the discovered files make a FamilyLocale, so every one has its `about`.
  if (about === undefined) throw new Error(`No language file for "${locale}"`);
  return about;
}

/** The writing direction of a family language. */
export const directionOf = (locale: FamilyLocale): "ltr" | "rtl" => aboutLanguage(locale).dir;

/** Each language's name in itself, as a language switcher lists it. */
export const languageName = (locale: FamilyLocale): string => aboutLanguage(locale).name;

/**
 * The family language for a BCP 47 tag as the school's records hold it ("pl-PL", "ur", "pa-Arab-PK",
 * "pnb"), or English when we have no words in that language. Punjabi without a script is Gurmukhi
 * unless the region says Pakistan; "pnb" (Western Punjabi) is Shahmukhi.
 */
export function familyLocale(tag: string): FamilyLocale {
  const parts = tag.trim().replaceAll("_", "-").split("-");
  const base = parts[0]?.toLowerCase() ?? "";
  if (base === "pnb") return pick("pa-Arab");
  if (base === "pa") {
    const rest = parts.slice(1).map((p) => p.toLowerCase());
    return pick(rest.includes("arab") || rest.includes("pk") ? "pa-Arab" : "pa-Guru");
  }
  return pick(base);
}

const pick = (tag: string): FamilyLocale => (isFamilyLocaleTag(tag) ? tag : ENGLISH);
