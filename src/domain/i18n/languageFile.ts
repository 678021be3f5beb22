import type * as english from "./languages/en";
import type { Messages } from "./messages";

/** What a language file says about its language: its name in itself, the tag `Intl` formats with, its direction. */
export interface LanguageAbout {
  /** As a language switcher lists it. Punjabi names its script, since a reader of one may not read the other. */
  readonly name: string;
  /** The BCP 47 tag for `Intl` and `<html lang>` (British English, not US, for "en"). */
  readonly intl: string;
  readonly dir: "ltr" | "rtl";
}

/** The message sections of a language file (one per message table), named as English's are. */
export type Section = Exclude<keyof typeof english, "about">;

/** The keys of one section: English's. */
export type SectionKey<S extends Section> = keyof (typeof english)[S] & string;

/** One section of a language file: every key English has, no other. */
export type Words<S extends Section> = Messages<SectionKey<S>>;

/** A whole language file as a module: what it says about itself and every section. */
export type LanguageFile = { readonly about: LanguageAbout } & { readonly [S in Section]: Words<S> };
