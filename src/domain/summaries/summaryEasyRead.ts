import type { DocumentBlock } from "../documents/document";
import { formatMessage, intlTag } from "../i18n/messages";
import { formatLongDate } from "../time/format";
import { EASY_READ_MESSAGES, type EasyReadKey } from "./easyReadMessages";
import { rightsFor } from "./rights";
import { headingKey, SECTION_KEYS, type SentSummary } from "./summary";
import { formatDay, isDay, isTheirs } from "./summaryDays";
import { SUMMARY_MESSAGES } from "./summaryMessages";
import type { SummaryFrame, SummaryReader } from "./summaryReader";

/**
 * The blocks of a summary's easy-read copy: headings as questions, fixed words as short
 * sentences one to a line, each action as three lines (who, what, by when), the reader's own as
 * "You will do this". What staff wrote is kept as written, each time under who wrote it; an empty
 * section says so rather than standing blank.
 */
export function easyReadBlocks(
  sent: SentSummary,
  reader: SummaryReader,
  frame: SummaryFrame,
): DocumentBlock[] {
  const { locale } = reader;
  const t = (key: EasyReadKey, values: Record<string, string | number> = {}) =>
    formatMessage(EASY_READ_MESSAGES, locale, key, values);
  const line = (text: string): DocumentBlock => ({ kind: "paragraph", text });
  const wrote = t("wrote", { name: frame.author });
  const staffText = (text: string): DocumentBlock[] =>
    text.trim() ? [{ kind: "paragraph", text, label: wrote }] : [line(t("empty"))];
  const draft = sent.draft;
  const blocks: DocumentBlock[] = [
    line(t("intro")),
    line(t("met", { date: formatLongDate(frame.meetingStart, frame.zone, intlTag(locale), true) })),
  ];
  if (sent.version > 1)
    blocks.push(
      line(t("changed")),
      line(t("changedVersion", { version: sent.version })),
      line(t("changedWhat")),
      ...staffText(draft.changes),
    );
  blocks.push({ kind: "heading", level: 2, text: t("h_attendance") });
  blocks.push({
    kind: "list",
    items: draft.people.map((p) =>
      t(p.attendance === "present" ? "came" : "apologies", {
        name: p.role ? `${p.name} (${p.role})` : p.name,
      }),
    ),
  });
  for (const key of SECTION_KEYS) {
    if (key === "contacts") continue;
    blocks.push({ kind: "heading", level: 2, text: t(headingKey(key)) }, ...staffText(draft.sections[key]));
  }
  blocks.push({ kind: "heading", level: 2, text: t("h_actions") });
  for (const a of draft.actions)
    blocks.push(
      line(isTheirs(a, reader.carerIds) ? t("youDo") : t("willDo", { name: a.owner.name })),
      { kind: "paragraph", text: a.what, label: wrote },
      line(isDay(a.due) ? t("due", { date: formatDay(a.due, locale) }) : t("dueNone")),
    );
  if (draft.actions.length === 0) blocks.push(line(t("empty")));
  blocks.push({ kind: "heading", level: 2, text: t("h_contacts") }, ...staffText(draft.sections.contacts));
  blocks.push({ kind: "heading", level: 2, text: t("h_next") });
  blocks.push(
    line(
      draft.next.kind === "date" && isDay(draft.next.date)
        ? t("nextDate", { date: formatDay(draft.next.date, locale) })
        : t("nextToArrange"),
    ),
  );
  blocks.push(
    { kind: "heading", level: 2, text: t("h_rights") },
    line(t("rightsChange")),
    line(t("rightsHelp")),
    line(t("rightsWho")),
  );
  // Each route's words, then where to read more on a line of its own.
  for (const r of rightsFor(frame.jurisdiction))
    blocks.push(line(formatMessage(SUMMARY_MESSAGES, locale, r.text)), line(r.url));
  return blocks;
}
