import { tableOf } from "../../i18n/catalogue";
import type { SectionKey, Words } from "../../i18n/languageFile";
import type { MessageTable } from "../../i18n/messages";

/** The keys of the emails families get: the `email` section of `src/domain/i18n/languages/en.ts`. */
export type EmailKey = SectionKey<"email">;

/** One language's email messages. */
export type EmailMessages = Words<"email">;

/**
 * Every email message in every family language: the `email` section of each file in
 * `src/domain/i18n/languages/`. The staff side sends to households in several languages at once,
 * so all of them are loaded together.
 */
export const EMAIL_MESSAGES: MessageTable<EmailKey> = /* @__PURE__ */ tableOf("email");
