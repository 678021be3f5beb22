import type { DocumentBlock, DocumentModel } from "../documents/document";
import { directionOf } from "../i18n/locales";
import { formatMessage, intlTag } from "../i18n/messages";
import { formatLongDate } from "../time/format";
import { rightsFor } from "./rights";
import { headingKey, SECTION_KEYS, type SentSummary, type SummaryAction } from "./summary";
import { actionsFor, formatDay, formatDueDay, isDay, isTheirs } from "./summaryDays";
import { easyReadBlocks } from "./summaryEasyRead";
import { SUMMARY_MESSAGES, type SummaryMessageKey } from "./summaryMessages";
import type { SummaryFrame, SummaryReader } from "./summaryReader";

/**
 * One household's copy of a summary: fixed words in their language, what staff wrote as written
 * (labelled with who wrote it and in which language when the family reads another), every section
 * in order, the actions as a table, their own actions worded for them ("You: … by Friday 18
 * December"), the next meeting and what they can do if they disagree (the school's
 * jurisdiction's routes, with where to read more). Easy read, when they asked for it, says the
 * same in short sentences under questions (`easyReadBlocks`); large print is the same words in
 * bigger type, drawn so by the renderer.
 */
export function summaryDocument(
  sent: SentSummary,
  reader: SummaryReader,
  frame: SummaryFrame,
): DocumentModel {
  const { locale } = reader;
  const title = (t0: string) => (sent.version > 1 ? `${t0} (${sent.version})` : t0);
  const model = (blocks: DocumentBlock[]): DocumentModel => ({
    title: title(formatMessage(SUMMARY_MESSAGES, locale, "title")),
    lang: intlTag(locale),
    dir: directionOf(locale),
    variant: reader.variant,
    blocks,
  });
  if (reader.variant === "easyRead") return model(easyReadBlocks(sent, reader, frame));
  const t = (key: SummaryMessageKey, values: Record<string, string | number> = {}) =>
    formatMessage(SUMMARY_MESSAGES, locale, key, values);
  const draft = sent.draft;
  const staffLabel = locale === "en" ? undefined : t("staffLabel", { name: frame.author });
  const staffText = (text: string): DocumentBlock =>
    staffLabel === undefined ? { kind: "paragraph", text } : { kind: "paragraph", text, label: staffLabel };
  const due = (a: SummaryAction) => (isDay(a.due) ? formatDay(a.due, locale) : t("dueNone"));
  const blocks: DocumentBlock[] = [];
  const date = formatLongDate(frame.meetingStart, frame.zone, intlTag(locale), true);
  blocks.push({ kind: "paragraph", text: date });
  if (sent.version > 1) {
    blocks.push({ kind: "paragraph", text: t("correctionIntro", { version: sent.version }) });
    blocks.push(staffText(draft.changes));
  }
  blocks.push({ kind: "heading", level: 2, text: t("attendance") });
  blocks.push({
    kind: "table",
    header: [t("colWho"), ""],
    rows: draft.people.map((p) => [
      p.role ? `${p.name} (${p.role})` : p.name,
      t(p.attendance === "present" ? "present" : "apologies"),
    ]),
  });
  for (const key of SECTION_KEYS) {
    if (key === "contacts") continue;
    blocks.push({ kind: "heading", level: 2, text: t(headingKey(key)) });
    blocks.push(staffText(draft.sections[key]));
  }
  blocks.push({ kind: "heading", level: 2, text: t("h_actions") });
  // What each action says is staff's words: in another language, the reader is told so.
  if (locale !== "en") blocks.push({ kind: "paragraph", text: t("actionsWritten", { name: frame.author }) });
  blocks.push({
    kind: "table",
    header: [t("colWhat"), t("colWho"), t("colBy")],
    rows: draft.actions.map((a) => [
      a.what,
      isTheirs(a, reader.carerIds) ? t("youOwner", { name: a.owner.name }) : a.owner.name,
      due(a),
    ]),
  });
  const mine = actionsFor(draft.actions, reader.carerIds);
  if (mine.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: t("yourActions") });
    blocks.push({
      kind: "list",
      items: mine.map((a) =>
        isDay(a.due)
          ? t("yourAction", { what: a.what, date: formatDueDay(a.due, locale) })
          : t("yourActionNoDate", { what: a.what }),
      ),
    });
  }
  blocks.push({ kind: "heading", level: 2, text: t("h_contacts") });
  blocks.push(staffText(draft.sections.contacts));
  blocks.push({ kind: "heading", level: 2, text: t("h_next") });
  blocks.push({
    kind: "paragraph",
    text:
      draft.next.kind === "date" && isDay(draft.next.date)
        ? t("nextDate", { date: formatDay(draft.next.date, locale) })
        : t("nextToArrange"),
  });
  blocks.push({ kind: "heading", level: 2, text: t("h_rights") });
  blocks.push({ kind: "paragraph", text: t("rightsIntro") });
  blocks.push({
    kind: "list",
    items: rightsFor(frame.jurisdiction).map((r) => `${t(r.text)} ${r.url}`),
  });
  return model(blocks);
}
