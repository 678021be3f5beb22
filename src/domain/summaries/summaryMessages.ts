import { tableOf } from "../i18n/catalogue";
import type { SectionKey } from "../i18n/languageFile";
import type { MessageTable } from "../i18n/messages";

/**
 * Every fixed text a family reads in a meeting summary (its email and its document), in every
 * family language. Plain words, short sentences. What staff wrote is never translated: it is shown
 * as written, under `staffLabel`. The keys are the `summary` section of
 * `src/domain/i18n/languages/en.ts`, where a new one is added first; the words are that section of
 * each file in that folder.
 */
export type SummaryMessageKey = SectionKey<"summary">;

export const SUMMARY_MESSAGES: MessageTable<SummaryMessageKey> = /* @__PURE__ */ tableOf("summary");
