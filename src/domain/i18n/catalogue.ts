import type { LanguageFile, Section, SectionKey, Words } from "./languageFile";
import { tagOfLanguageFile } from "./locales";
import type { MessageTable } from "./messages";

/**
 * Every language file, whole. The staff side writes to households in several languages at once,
 * so it holds them all; the parent page never imports this module (it loads only its reader's
 * language, `src/parent/messages/pageMessages.ts`).
 */
const FILES = import.meta.glob<LanguageFile>("./languages/*.ts", { eager: true });

/**
 * One section of every language file as a message table (`{ en: {...}, pl: {...}, … }`): the
 * tables the rest of the code reads, such as `EMAIL_MESSAGES`, are these views.
 */
export function tableOf<S extends Section>(section: S): MessageTable<SectionKey<S>> {
  const table: Record<string, Words<S>> = {};
  for (const [path, file] of Object.entries(FILES))
    table[tagOfLanguageFile(path)] = file[section] as Words<S>;
  const en = table.en;
  if (en === undefined) throw new Error("No English language file: it is the source of every key");
  return { ...table, en };
}
