import { tableOf } from "../i18n/catalogue";
import type { SectionKey } from "../i18n/languageFile";
import type { MessageTable } from "../i18n/messages";

/** Its keys: the `followUp` section of `src/domain/i18n/languages/en.ts`. */
type FollowUpKey = SectionKey<"followUp">;

/**
 * The email a family gets when something they asked for cannot be arranged, in every family
 * language. Staff's reason follows `staffWords`, as they wrote it. The words are the `followUp`
 * section of each file in `src/domain/i18n/languages/`.
 */
export const FOLLOW_UP_MESSAGES: MessageTable<FollowUpKey> = /* @__PURE__ */ tableOf("followUp");
