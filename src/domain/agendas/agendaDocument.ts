import { adjustmentLabel } from "../adjustments/adjustmentLabels";
import type { DocumentBlock, DocumentModel, DocumentVariant } from "../documents/document";
import { directionOf, type FamilyLocale } from "../i18n/locales";
import { formatMessage, intlTag } from "../i18n/messages";
import type { Meeting } from "../meetings/meeting";
import { slotLabel } from "../offers/offerEmail";
import type { AgendaItem } from "./agenda";
import type { HouseholdAgendaInputs } from "./agendaInputs";
import { AGENDA_ITEM_MESSAGES } from "./agendaItemMessages";
import { AGENDA_MESSAGES, type AgendaMessageKey } from "./agendaMessages";
import type { AgendaLead } from "./agendaTemplates";

/** Who a copy of the agenda is for: their language and clock, and the households it may speak of. */
export interface AgendaReader {
  readonly locale: FamilyLocale;
  /** The carer's own language tag, for the meeting's time. */
  readonly lang: string;
  readonly zone: string;
  /** The households whose details (names, wishes, supporters, items) this copy may show. */
  readonly households: readonly HouseholdAgendaInputs[];
}

type StaffKind =
  | "senco"
  | "classTeacher"
  | "guidance"
  | "pupilSupport"
  | "pastoral"
  | "head"
  | "eal"
  | "other";

/** The kind of staff role a job title names, for the plain words on why they come. */
export function staffKind(role: string): StaffKind {
  const r = role.toLowerCase();
  if (/senco|additional support|support for learning|inclusion/.test(r)) return "senco";
  if (/head ?teacher|head of school|principal|depute|deputy/.test(r)) return "head";
  if (/class teacher|teacher of|form tutor/.test(r)) return "classTeacher";
  if (/guidance/.test(r)) return "guidance";
  if (/pastoral|wellbeing/.test(r)) return "pastoral";
  if (/assistant|pupil support|learning support/.test(r)) return "pupilSupport";
  if (/eal|english as an additional/.test(r)) return "eal";
  return "other";
}

const WHY: { readonly [k in StaffKind]: AgendaMessageKey } = {
  senco: "whySenco",
  classTeacher: "whyClassTeacher",
  guidance: "whyGuidance",
  pupilSupport: "whyPupilSupport",
  pastoral: "whyPastoral",
  head: "whyHead",
  eal: "whyEal",
  other: "whyOther",
};

const LEAD_KIND: Partial<Record<AgendaLead, StaffKind>> = {
  classTeacher: "classTeacher",
  senco: "senco",
  guidanceTeacher: "guidance",
  headteacher: "head",
};

/**
 * An item's words for one reader: a built-in item in their language; a family's item labelled
 * with who asked, in their words; staff's words as written, labelled as the school's when the
 * reader's language is not English.
 */
export function itemTitle(meeting: Meeting, item: AgendaItem, locale: FamilyLocale): string {
  if (item.fromCarer) {
    const carer = meeting.carers.find((c) => c.id === item.fromCarer)?.name ?? "";
    return formatMessage(AGENDA_MESSAGES, locale, "familyItem", { carer, text: item.title });
  }
  if (item.key) return formatMessage(AGENDA_ITEM_MESSAGES, locale, item.key);
  return locale === "en"
    ? item.title
    : formatMessage(AGENDA_MESSAGES, locale, "schoolWords", { text: item.title });
}

/** Easy read when a household asked for it, else large print when asked, else standard. */
export function variantFor(households: readonly HouseholdAgendaInputs[]): DocumentVariant {
  const asked = new Set(households.flatMap((h) => h.adjustments));
  return asked.has("easyRead") ? "easyRead" : asked.has("largePrint") ? "largePrint" : "standard";
}

/**
 * One reader's copy of the agenda: fixed words in their language, names and typed words as
 * written (staff's labelled as the school's, in English; a family's labelled as theirs). Plain
 * text only: the document model cannot carry markup, so nothing typed can become HTML or code.
 */
export function agendaDocument(
  meeting: Meeting,
  items: readonly AgendaItem[],
  reader: AgendaReader,
  school: { readonly phone: string },
): DocumentModel {
  const { locale } = reader;
  const t = (key: AgendaMessageKey, values: Record<string, string | number> = {}) =>
    formatMessage(AGENDA_MESSAGES, locale, key, values);
  const booking = meeting.booking;
  const blocks: DocumentBlock[] = [];
  if (booking) {
    const room = booking.slot.roomName;
    blocks.push({
      kind: "paragraph",
      text: t("when", { when: slotLabel(booking.slot.start, booking.slot.end, reader.zone, reader.lang) }),
    });
    const where =
      meeting.format === "online" || !room
        ? t("whereOnline")
        : booking.online
          ? t("whereRoomOrOnline", { room })
          : t("whereRoom", { room });
    blocks.push({ kind: "paragraph", text: where });
  }
  const carerIds = new Set(reader.households.flatMap((h) => h.carers.map((c) => c.id)));
  const shown = items.filter((i) => !i.fromCarer || carerIds.has(i.fromCarer));
  // How long the meeting is booked for; with no booking yet, what the items add up to.
  const total = booking
    ? Math.round((booking.slot.end - booking.slot.start) / 60_000)
    : shown.reduce((sum, i) => sum + i.minutes, 0);
  blocks.push({ kind: "paragraph", text: t("length", { n: total }) });

  blocks.push({ kind: "heading", level: 2, text: t("whoHeading") });
  blocks.push({
    kind: "list",
    items: [
      ...meeting.invitees.map((i) =>
        t("whoStaff", { name: i.name, role: i.role, why: t(WHY[staffKind(i.role)]) }),
      ),
      ...reader.households.flatMap((h) => h.carers.map((c) => t("whoCarer", { name: c.name }))),
      ...reader.households.flatMap((h) =>
        h.supporter
          ? [
              t("whoSupporter", {
                name: h.supporter.name,
                relationship: h.supporter.relationship,
                carer: h.carers.map((c) => c.name).join(", "),
              }),
            ]
          : [],
      ),
    ],
  });

  const chair =
    meeting.invitees.find((i) => i.email.toLowerCase() === meeting.organizer.toLowerCase()) ??
    meeting.invitees[0];
  const leadName = (lead: AgendaLead): string => {
    if (lead === "family") return t("leadFamily");
    if (lead === "child") return t("leadChild");
    if (lead === "everyone") return t("leadEveryone");
    const kind = LEAD_KIND[lead];
    const person = kind ? meeting.invitees.find((i) => staffKind(i.role) === kind) : undefined;
    return (person ?? chair)?.name ?? t("leadEveryone");
  };
  const titleOf = (item: AgendaItem) => itemTitle(meeting, item, locale);
  blocks.push({ kind: "heading", level: 2, text: t("itemsHeading") });
  blocks.push({
    kind: "list",
    ordered: true,
    items: shown.map((i) => t("itemLine", { title: titleOf(i), n: i.minutes, lead: leadName(i.lead) })),
  });

  const prefs = reader.households.flatMap((h) => [
    ...(h.speakingOrder === "first" ? [t("speakFirst")] : []),
    ...(h.speakingOrder === "after" ? [t("speakAfter")] : []),
    ...(h.adjustments.includes("breaks") ? [t("breaks")] : []),
  ]);
  if (prefs.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t("prefsHeading") });
    for (const text of new Set(prefs)) blocks.push({ kind: "paragraph", text });
  }
  const asks = reader.households.flatMap((h) =>
    h.adjustments.map((a) =>
      a === "interpreter" && h.interpreterLanguage
        ? t("adjInterpreterFor", { language: h.interpreterLanguage })
        : adjustmentLabel(a, locale),
    ),
  );
  if (asks.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t("adjustHeading") });
    blocks.push({ kind: "list", items: [...new Set(asks)] });
  }
  for (const h of reader.households) {
    const s = h.supporter;
    if (!s) continue;
    const key = !s.sharePapers ? "supporterNoShare" : s.email ? "supporterSend" : "supporterShare";
    blocks.push({ kind: "paragraph", text: t(key, { name: s.name }) });
  }
  blocks.push({ kind: "paragraph", text: t("contact", { phone: school.phone }) });
  return {
    title: t("title"),
    lang: intlTag(locale),
    dir: directionOf(locale),
    variant: variantFor(reader.households),
    blocks,
  };
}
