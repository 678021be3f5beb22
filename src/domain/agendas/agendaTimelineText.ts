import type { Meeting, MeetingCarer, MeetingSlot } from "../meetings/meeting";
import { slotLabel } from "../offers/offerEmail";
import type { AgendaChange, AgendaItem } from "./agenda";

const names = (carers: readonly MeetingCarer[]) => carers.map((c) => c.name).join(" and ");

const LEADS: Record<AgendaItem["lead"], string> = {
  chair: "the chair",
  family: "the family",
  child: "the child",
  classTeacher: "class teacher",
  senco: "SENCo",
  guidanceTeacher: "guidance teacher",
  headteacher: "headteacher",
  everyone: "everyone",
};

/** One item as staff read it on the timeline; a family's item in their words, as written. */
export function itemLine(meeting: Meeting, item: AgendaItem): string {
  const who = item.fromCarer ? meeting.carers.find((c) => c.id === item.fromCarer)?.name : undefined;
  const title = who ? `${who} asked: ${item.title}` : item.title;
  return `${title} (${item.minutes} min, ${LEADS[item.lead]})`;
}

const CHANGE_WORDS: Record<AgendaChange["kind"], string> = {
  added: "Added",
  removed: "Taken off",
  changed: "Changed",
};

/** The timeline's words for a version of the agenda sent: the whole agenda, and what changed and why. */
export function agendaSentText(
  meeting: Meeting,
  version: number,
  items: readonly AgendaItem[],
  changes: readonly AgendaChange[],
  reason: string,
  carers: readonly MeetingCarer[],
  move: { readonly movedTo: MeetingSlot | undefined; readonly zone: string } = {
    movedTo: undefined,
    zone: "UTC",
  },
) {
  const late = version > 1;
  const moved = move.movedTo
    ? `: the meeting moved to ${slotLabel(move.movedTo.start, move.movedTo.end, move.zone, "en")}`
    : undefined;
  return {
    summary:
      moved !== undefined
        ? `Agenda version ${version} sent to ${names(carers)}${moved}`
        : late
          ? `Agenda version ${version} sent to ${names(carers)}: late change`
          : `Agenda version 1 sent to ${names(carers)}`,
    details: [
      ...(late ? changes.map((c) => `${CHANGE_WORDS[c.kind]}: ${itemLine(meeting, c.item)}`) : []),
      ...(late && reason ? [`Reason given to the family: ${reason}`] : []),
      `Agenda version ${version}:`,
      ...items.map((item, i) => `${i + 1}. ${itemLine(meeting, item)}`),
    ].join("\n"),
  };
}
