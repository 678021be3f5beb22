import type { DocumentModel } from "../documents/document";
import { documentHtml } from "../documents/documentHtml";
import type { FamilyLocale } from "../i18n/locales";
import { formatMessage, intlTag } from "../i18n/messages";
import { escapeHtml } from "../offers/escapeHtml";
import { formatLongDate } from "../time/format";
import { SUMMARY_MESSAGES, type SummaryMessageKey } from "./summaryMessages";

export interface SummaryEmailInput {
  readonly locale: FamilyLocale;
  readonly carerName: string;
  readonly version: number;
  readonly meetingStart: number;
  readonly zone: string;
  /** Staff's own subject line, used as written; empty for the fixed one in the family's language. */
  readonly staffSubject: string;
  /** The household's copy of the summary (also attached as a document). */
  readonly document: DocumentModel;
  /** The parent page link where they confirm, ask for a correction or say how it felt. */
  readonly answerUrl: string;
  readonly senderName: string;
  readonly schoolName: string;
  readonly schoolPhone: string;
}

/** The subject a household's summary email has: staff's own, or the fixed one in their language. */
export function summarySubject(
  input: Pick<SummaryEmailInput, "locale" | "version" | "meetingStart" | "zone" | "staffSubject">,
) {
  if (input.staffSubject.trim()) return input.staffSubject.trim();
  const date = formatLongDate(input.meetingStart, input.zone, intlTag(input.locale));
  return input.version > 1
    ? formatMessage(SUMMARY_MESSAGES, input.locale, "subjectCorrection", { date, version: input.version })
    : formatMessage(SUMMARY_MESSAGES, input.locale, "subject", { date });
}

/** One household's summary email: in their language, with the summary itself in the body too. */
export function summaryEmail(input: SummaryEmailInput): { subject: string; html: string } {
  const t = (key: SummaryMessageKey, values: Record<string, string | number> = {}) =>
    escapeHtml(formatMessage(SUMMARY_MESSAGES, input.locale, key, values));
  const date = formatLongDate(input.meetingStart, input.zone, intlTag(input.locale));
  const html = [
    `<div lang="${escapeHtml(input.document.lang)}" dir="${input.document.dir}">`,
    `<p>${t("greeting", { name: input.carerName })}</p>`,
    `<p>${t("intro", { date })}</p>`,
    `<p>${t("answerInvite")} <a href="${escapeHtml(input.answerUrl)}">${t("answerLink")}</a></p>`,
    documentHtml(input.document, { title: "h1" }),
    `<p>${t("phone", { phone: input.schoolPhone })}</p>`,
    `<p>${t("signoff")}<br>${escapeHtml(input.senderName)}<br>${escapeHtml(input.schoolName)}</p>`,
    "</div>",
  ].join("\n");
  return { subject: summarySubject(input), html };
}
