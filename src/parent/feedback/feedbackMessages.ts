import { tableOf } from "../../domain/i18n/catalogue";
import type { SectionKey } from "../../domain/i18n/languageFile";
import type { MessageTable } from "../../domain/i18n/messages";

/**
 * The parent page's words for answering a meeting summary, in every family language: the `feedback`
 * section of each file in `src/domain/i18n/languages/`. The page itself loads only its reader's
 * language (`src/parent/messages/pageMessages.ts`); this table is for the checks.
 */
export type FeedbackMessageKey = SectionKey<"feedback">;

export const FEEDBACK_MESSAGES: MessageTable<FeedbackMessageKey> = /* @__PURE__ */ tableOf("feedback");
