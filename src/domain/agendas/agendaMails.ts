import { familyLocale } from "../i18n/locales";
import { formatMessage } from "../i18n/messages";
import type { Meeting, MeetingCarer } from "../meetings/meeting";
import { escapeHtml } from "../offers/escapeHtml";
import { slotLabel } from "../offers/offerEmail";
import type { AgendaChange } from "./agenda";
import { itemTitle } from "./agendaDocument";
import { AGENDA_MESSAGES, type AgendaMessageKey } from "./agendaMessages";

const CHANGE_KEY: { readonly [k in AgendaChange["kind"]]: AgendaMessageKey } = {
  added: "changeAdded",
  removed: "changeRemoved",
  changed: "changeChanged",
};

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** When the meeting is, on the reader's clock and in their language. */
export function meetingWhen(meeting: Meeting, reader: { readonly lang: string; readonly zone: string }) {
  const slot = meeting.booking?.slot;
  return slot ? slotLabel(slot.start, slot.end, reader.zone, reader.lang) : "";
}

/**
 * The email an agenda travels in: the first version with a short note; a later one saying exactly
 * what changed (in the reader's language) and why (staff's words, as written and labelled).
 */
export function agendaEmail(input: {
  readonly meeting: Meeting;
  readonly reader: { readonly name: string; readonly lang: string; readonly zone: string };
  /** The agenda itself, as HTML (already escaped). */
  readonly agendaHtml: string;
  readonly changes: readonly AgendaChange[];
  readonly reason: string;
  readonly senderName: string;
  /** The meeting moved since the last version: the family is told the new time first. */
  readonly moved?: boolean;
}): { subject: string; html: string } {
  const locale = familyLocale(input.reader.lang);
  const t = (key: AgendaMessageKey, values: Record<string, string> = {}) =>
    formatMessage(AGENDA_MESSAGES, locale, key, values);
  const when = meetingWhen(input.meeting, input.reader);
  const late = input.changes.length > 0;
  const intro = late
    ? [
        p(t("changeIntro")),
        `<ul>${input.changes
          .map(
            (c) =>
              `<li>${escapeHtml(t(CHANGE_KEY[c.kind], { title: itemTitle(input.meeting, c.item, locale) }))}</li>`,
          )
          .join("")}</ul>`,
        input.reason
          ? `<p><strong>${escapeHtml(t("changeReason"))}</strong> <span dir="auto">${escapeHtml(input.reason)}</span></p>`
          : "",
        p(t("changeAttached")),
      ].join("")
    : p(t(input.moved ? "changeAttached" : "sendIntro"));
  const subjectKey = input.moved ? "movedSubject" : late ? "changeSubject" : "sendSubject";
  return {
    subject: t(subjectKey, { when }),
    html: `<div dir="auto">${p(t("greeting", { name: input.reader.name }))}${input.moved ? p(t("movedIntro", { when })) : ""}${intro}${input.agendaHtml}${p(t("signOff"))}${p(input.senderName)}</div>`,
  };
}

/** The reminder the day before, in the carer's language. */
export function reminderEmail(input: {
  readonly meeting: Meeting;
  readonly carer: MeetingCarer;
  readonly where: string;
  readonly phone: string;
  readonly senderName: string;
}): { subject: string; html: string } {
  const locale = familyLocale(input.carer.lang);
  const t = (key: AgendaMessageKey, values: Record<string, string> = {}) =>
    formatMessage(AGENDA_MESSAGES, locale, key, values);
  const when = meetingWhen(input.meeting, input.carer);
  return {
    subject: t("reminderSubject", { when }),
    html: `<div dir="auto">${[
      t("greeting", { name: input.carer.name }),
      t("reminderIntro"),
      t("when", { when }),
      input.where,
      t("reminderCantCome", { phone: input.phone }),
      t("signOff"),
      input.senderName,
    ]
      .map(p)
      .join("")}</div>`,
  };
}
