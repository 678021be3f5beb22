import type { AgendaItem } from "../agendas/agenda";
import { carersOf, households, replyOf, requestsOf } from "../meetings/households";
import type { Meeting } from "../meetings/meeting";
import { emptySections, type SummaryDraft } from "./summary";

/**
 * What the meeting talked about, as its agenda had it: one line per item in the words staff see
 * (a family's own item in their words), breaks left out. The agenda as it stands is what the
 * meeting followed, even when a late change was not sent.
 */
export function agendaLines(items: readonly AgendaItem[]): string[] {
  return items.filter((i) => i.key !== "breakTime" && i.title.trim()).map((i) => i.title.trim());
}

/**
 * A new summary, filled in from the meeting record: everyone invited (staff, then each
 * household's carers: those on the booked event marked present, others as apologies, for staff to
 * correct), the agenda's items under "what was discussed" (one a line, for staff to edit), the
 * adjustments arranged and what each family asked or wrote before the meeting.
 */
export function prefillSummary(meeting: Meeting, meetingId: string): SummaryDraft {
  const booked = new Set(meeting.booking?.households ?? []);
  const people = [
    ...meeting.invitees.map((i) => ({
      name: i.name,
      role: i.role,
      email: i.email,
      attendance: "present" as const,
    })),
    ...meeting.carers.map((c) => ({
      name: c.name,
      role: "Parent or carer",
      email: c.email,
      attendance:
        booked.size === 0 || booked.has(c.household) ? ("present" as const) : ("apologies" as const),
    })),
  ];
  const asked: string[] = [];
  const wrote: string[] = [];
  for (const household of households(meeting)) {
    const reply = replyOf(meeting, household);
    const who = carersOf(meeting, household)
      .map((c) => c.name)
      .join(" and ");
    const requests = requestsOf(reply);
    if (requests.length) asked.push(`${who} asked for: ${requests.join("; ")}.`);
    const message = reply?.answer.message.trim();
    if (message) wrote.push(`Before the meeting, ${who} wrote: "${message}"`);
  }
  const sections = emptySections();
  const discussed = [
    ...agendaLines(meeting.agenda?.items ?? []),
    ...(asked.length ? [`Adjustments arranged for the meeting: ${asked.join(" ")}`] : []),
  ];
  return {
    meetingId,
    childId: meeting.childId,
    people,
    sections: {
      ...sections,
      familyViews: wrote.join("\n"),
      discussed: discussed.join("\n"),
    },
    actions: [],
    next: { kind: "toArrange" },
    subject: "",
    changes: "",
  };
}
