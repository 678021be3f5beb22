import type { SectionKey, Words } from "../../domain/i18n/languageFile";
import { type FamilyLocale, tagOfLanguageFile } from "../../domain/i18n/locales";

/** The keys of the parent page's words. */
export type PageKey = SectionKey<"page">;

/** One language's words for the parent page. */
export type PageMessages = Words<"page">;

/** Everything the parent page says, in one language: the sections of a language file it reads. */
export interface ParentWords {
  readonly page: Words<"page">;
  readonly supporter: Words<"supporter">;
  readonly adjustments: Words<"adjustments">;
  readonly purposes: Words<"purposes">;
  readonly feedback: Words<"feedback">;
}

type Loaders<T> = Record<string, () => Promise<T>>;

/*
 * Each language's words are a chunk of their own, fetched only when that language is shown, so the
 * page never downloads the other languages. The `?parent` copy of a language file is a module of
 * its own, and these loaders read only the sections the page shows from it, so its chunk leaves out
 * the emails, agendas and summaries (the staff side imports the whole file, under its own name).
 */
const PAGE: Loaders<Words<"page">> = import.meta.glob<Words<"page">>("../../domain/i18n/languages/*.ts", {
  query: "?parent",
  import: "page",
});
const SUPPORTER: Loaders<Words<"supporter">> = import.meta.glob<Words<"supporter">>(
  "../../domain/i18n/languages/*.ts",
  {
    query: "?parent",
    import: "supporter",
  },
);
const ADJUSTMENTS: Loaders<Words<"adjustments">> = import.meta.glob<Words<"adjustments">>(
  "../../domain/i18n/languages/*.ts",
  {
    query: "?parent",
    import: "adjustments",
  },
);
const PURPOSES: Loaders<Words<"purposes">> = import.meta.glob<Words<"purposes">>(
  "../../domain/i18n/languages/*.ts",
  {
    query: "?parent",
    import: "purposes",
  },
);
const FEEDBACK: Loaders<Words<"feedback">> = import.meta.glob<Words<"feedback">>(
  "../../domain/i18n/languages/*.ts",
  {
    query: "?parent",
    import: "feedback",
  },
);

/** The loader for `locale`'s file among a glob's. */
function loaderFor<T>(loaders: Loaders<T>, locale: FamilyLocale): () => Promise<T> {
  const found = Object.entries(loaders).find(([path]) => tagOfLanguageFile(path) === locale);
  // Only the discovered files make a FamilyLocale, so every one has its loader.
  if (found === undefined) throw new Error(`No language file for "${locale}"`);
  return found[1];
}

/** The parent page's words in `locale`: only that language's, only the sections the page shows. */
export async function loadParentWords(locale: FamilyLocale): Promise<ParentWords> {
  const [page, supporter, adjustments, purposes, feedback] = await Promise.all([
    loaderFor(PAGE, locale)(),
    loaderFor(SUPPORTER, locale)(),
    loaderFor(ADJUSTMENTS, locale)(),
    loaderFor(PURPOSES, locale)(),
    loaderFor(FEEDBACK, locale)(),
  ]);
  return { page, supporter, adjustments, purposes, feedback };
}

/** The parent page's own words in `locale`. */
export async function loadPageMessages(locale: FamilyLocale): Promise<PageMessages> {
  return (await loadParentWords(locale)).page;
}
