import type { FamilyLocale } from "../../domain/i18n/locales";
import type { Messages } from "../../domain/i18n/messages";
import type { messages as english } from "./en";

/** The keys of the parent page's words. */
export type PageKey = keyof typeof english;

/** One language's words for the parent page. */
export type PageMessages = Messages<PageKey>;

/**
 * Each language's words are a chunk of their own, fetched only when that language is shown, so
 * the page never downloads the other nine.
 */
const LOADERS: { readonly [locale in FamilyLocale]: () => Promise<{ messages: PageMessages }> } = {
  en: () => import("./en"),
  pl: () => import("./pl"),
  ur: () => import("./ur"),
  ar: () => import("./ar"),
  uk: () => import("./uk"),
  ro: () => import("./ro"),
  "pa-Guru": () => import("./pa-Guru"),
  "pa-Arab": () => import("./pa-Arab"),
  gd: () => import("./gd"),
  cy: () => import("./cy"),
};

/** The parent page's words in `locale`. */
export async function loadPageMessages(locale: FamilyLocale): Promise<PageMessages> {
  return (await LOADERS[locale]()).messages;
}
