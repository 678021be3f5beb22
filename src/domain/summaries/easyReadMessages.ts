import { tableOf } from "../i18n/catalogue";
import type { SectionKey } from "../i18n/languageFile";
import type { MessageTable } from "../i18n/messages";

/**
 * The fixed words of a summary's easy-read copy, in every family language: short sentences in
 * plain words, one idea to a line, headings as questions. What staff wrote is never here: it is
 * shown as written, after `wrote`. The keys are the `easyRead` section of
 * `src/domain/i18n/languages/en.ts`; the words are that section of each file in that folder.
 */
export type EasyReadKey = SectionKey<"easyRead">;

export const EASY_READ_MESSAGES: MessageTable<EasyReadKey> = /* @__PURE__ */ tableOf("easyRead");
