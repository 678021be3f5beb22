import { tableOf } from "../i18n/catalogue";
import type { SectionKey } from "../i18n/languageFile";
import type { MessageTable } from "../i18n/messages";

/** The keys: the `agenda` section of `src/domain/i18n/languages/en.ts`, where a new one is added first. */
export type AgendaMessageKey = SectionKey<"agenda">;

/**
 * Everything fixed a family reads in an agenda, its update and the reminder, in every family
 * language: short sentences, plain words. Names, rooms and words staff or families typed are
 * placeholders, filled as written. The words are the `agenda` section of each file in
 * `src/domain/i18n/languages/`.
 */
export const AGENDA_MESSAGES: MessageTable<AgendaMessageKey> = /* @__PURE__ */ tableOf("agenda");
