import { tableOf } from "../i18n/catalogue";
import type { MessageTable } from "../i18n/messages";
import type { BuiltInItem } from "./agendaTemplates";

/**
 * The built-in agenda items in every family language: short, plain words. Items a school writes
 * itself are shown as written, labelled as the school's words. The words are the `agendaItems` section of each file in
 * `src/domain/i18n/languages/`.
 */
export const AGENDA_ITEM_MESSAGES: MessageTable<BuiltInItem> = /* @__PURE__ */ tableOf("agendaItems");
