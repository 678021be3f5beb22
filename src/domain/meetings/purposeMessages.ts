import { tableOf } from "../i18n/catalogue";
import type { MessageTable } from "../i18n/messages";
import type { MeetingTypeId } from "./meetingTypeIds";

/**
 * Why we are meeting, as a family reads it, for each kind of meeting: one whole sentence per
 * language, so no language has to fit a phrase into another's grammar. Plain and neutral: no
 * needs, no diagnosis. Staff's own wording, when they change it, is shown as theirs beside this.
 * The words are the `purposes` section of each file in `src/domain/i18n/languages/`.
 */
export const PURPOSE_MESSAGES: MessageTable<MeetingTypeId> = /* @__PURE__ */ tableOf("purposes");
