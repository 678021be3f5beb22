import { ADJUSTMENT_LABELS } from "../../src/domain/adjustments/adjustmentLabels";
import { FOLLOW_UP_MESSAGES } from "../../src/domain/adjustments/followUpMessages";
import { AGENDA_ITEM_MESSAGES } from "../../src/domain/agendas/agendaItemMessages";
import { AGENDA_MESSAGES } from "../../src/domain/agendas/agendaMessages";
import type { FamilyTable, LooseTable } from "../../src/domain/i18n/catalogueCheck";
import { FAMILY_LOCALES } from "../../src/domain/i18n/locales";
import { PURPOSE_MESSAGES } from "../../src/domain/meetings/purposeMessages";
import { EMAIL_MESSAGES } from "../../src/domain/offers/messages/emailMessages";
import { EASY_READ_MESSAGES } from "../../src/domain/summaries/easyReadMessages";
import { SUMMARY_MESSAGES } from "../../src/domain/summaries/summaryMessages";
import { FEEDBACK_MESSAGES } from "../../src/parent/feedback/feedbackMessages";
import { loadPageMessages } from "../../src/parent/messages/pageMessages";
import { SUPPORTER_MESSAGES } from "../../src/parent/supporterMessages";

/** The parent page's words in every language, each loaded as the page loads it (one chunk per language). */
async function pageTable(): Promise<LooseTable> {
  const loaded = await Promise.all(FAMILY_LOCALES.map(async (l) => [l, await loadPageMessages(l)] as const));
  return Object.fromEntries(loaded);
}

/**
 * Every message table a family reads. The completeness test, the readability test and
 * `bench: i18n.family_languages` read this list: a new family-facing table is one more line here.
 */
export async function familyTables(): Promise<FamilyTable[]> {
  return [
    { name: "parent page", table: await pageTable() },
    { name: "emails", table: EMAIL_MESSAGES },
    { name: "meeting purposes", table: PURPOSE_MESSAGES },
    { name: "adjustment labels", table: ADJUSTMENT_LABELS },
    { name: "adjustment follow-up", table: FOLLOW_UP_MESSAGES },
    { name: "supporter questions", table: SUPPORTER_MESSAGES },
    { name: "agendas", table: AGENDA_MESSAGES },
    { name: "agenda items", table: AGENDA_ITEM_MESSAGES },
    { name: "summaries", table: SUMMARY_MESSAGES },
    { name: "summaries in easy read", table: EASY_READ_MESSAGES },
    { name: "the family's answer to a summary", table: FEEDBACK_MESSAGES },
  ];
}
