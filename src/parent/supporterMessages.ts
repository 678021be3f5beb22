import { tableOf } from "../domain/i18n/catalogue";
import type { SectionKey } from "../domain/i18n/languageFile";
import type { MessageTable } from "../domain/i18n/messages";

/** The keys: the `supporter` section of `src/domain/i18n/languages/en.ts`. */
type SupporterKey = SectionKey<"supporter">;

/**
 * The parent page's words for a supporter's email, in every family language: the `supporter`
 * section of each file in `src/domain/i18n/languages/`. The page itself loads only its reader's
 * language with the rest of its words (`src/parent/messages/pageMessages.ts`).
 */
export const SUPPORTER_MESSAGES: MessageTable<SupporterKey> = /* @__PURE__ */ tableOf("supporter");
