import type { Meeting } from "../meetings/meeting";
import type { Instant } from "../time/instant";
import { agendaInputs } from "./agendaInputs";
import {
  AGENDA_LEADS,
  type AgendaLead,
  type AgendaTemplate,
  BUILT_IN_TITLES,
  type BuiltInItem,
} from "./agendaTemplates";

/** One item on a meeting's agenda. */
export interface AgendaItem {
  /** Stable while the agenda is edited, so versions can be compared item by item. */
  readonly id: string;
  /** A built-in item, worded in each family's language; dropped once staff change the words. */
  readonly key?: BuiltInItem;
  /** Staff's words (or the built-in English); a family item's words as the family wrote them. */
  readonly title: string;
  readonly minutes: number;
  readonly lead: AgendaLead;
  /** A household's own item: the carer who asked, by id. Their words are shown as written. */
  readonly fromCarer?: string;
}

/** What changed between two versions of an agenda, item by item. */
export interface AgendaChange {
  readonly kind: "added" | "removed" | "changed";
  readonly item: AgendaItem;
}

/** An agenda as it was sent to the family. */
export interface AgendaVersion {
  readonly version: number;
  readonly sentAt: Instant;
  readonly items: readonly AgendaItem[];
  /** Why it was changed after the first was sent, in staff's words ("" for the first). */
  readonly reason: string;
  readonly changes: readonly AgendaChange[];
  /** When the meeting started as this version told the family (absent on versions kept before moves were followed). */
  readonly start?: Instant;
}

/** A reminder waiting in the organiser's Outbox to be delivered the day before. */
export interface ScheduledReminder {
  readonly carerId: string;
  readonly reference: string;
  readonly at: Instant;
}

/** The agenda a meeting record keeps: the current items, every version sent, and reminders. */
export interface MeetingAgenda {
  readonly templateId: string;
  readonly items: readonly AgendaItem[];
  readonly versions: readonly AgendaVersion[];
  /** A late change staff have saved but not yet sent, with their reason. */
  readonly pendingReason: string;
  readonly reminders: readonly ScheduledReminder[];
}

export const isLead = (value: string): value is AgendaLead =>
  (AGENDA_LEADS as readonly string[]).includes(value);

/**
 * A new agenda from a template and what the households told us: their own items right after
 * their views; their views first when they asked to speak first, or after staff's items when
 * they asked to hear staff first; a break in the middle when they asked for breaks.
 */
export function newAgenda(meeting: Meeting, template: AgendaTemplate): MeetingAgenda {
  const inputs = agendaInputs(meeting);
  const base: AgendaItem[] = template.items.map((t, i) => ({
    id: `t${i + 1}`,
    ...(t.key && t.title === BUILT_IN_TITLES[t.key] ? { key: t.key } : {}),
    title: t.title,
    minutes: t.minutes,
    lead: t.lead,
  }));
  const familyItems: AgendaItem[] = inputs.flatMap((h) =>
    h.familyItems.map((f) => ({
      id: `f-${f.carerId}`,
      title: f.text,
      minutes: 5,
      lead: "family" as const,
      fromCarer: f.carerId,
    })),
  );
  const order = inputs.map((h) => h.speakingOrder).find((o) => o !== "noPreference") ?? "noPreference";
  const views = base.filter((i) => i.key === "familyViews");
  const rest = base.filter((i) => i.key !== "familyViews");
  const family = [...views, ...familyItems];
  const welcome = rest[0]?.key === "welcome" ? 1 : 0;
  const closing = rest.findIndex((i) => i.key === "nextSteps");
  let items: AgendaItem[];
  if (order === "first") items = [...rest.slice(0, welcome), ...family, ...rest.slice(welcome)];
  else if (order === "after" && closing >= 0)
    items = [...rest.slice(0, closing), ...family, ...rest.slice(closing)];
  else {
    // As the template has it: family items follow the family's views.
    const at = base.findIndex((i) => i.key === "familyViews");
    items =
      at < 0 ? [...base, ...familyItems] : [...base.slice(0, at + 1), ...familyItems, ...base.slice(at + 1)];
  }
  if (inputs.some((h) => h.adjustments.includes("breaks"))) {
    const middle = Math.ceil(items.length / 2);
    items = [
      ...items.slice(0, middle),
      { id: "break", key: "breakTime", title: BUILT_IN_TITLES.breakTime, minutes: 5, lead: "everyone" },
      ...items.slice(middle),
    ];
  }
  return { templateId: template.id, items, versions: [], pendingReason: "", reminders: [] };
}

/** The agenda's minutes, added up. */
export const agendaMinutes = (items: readonly AgendaItem[]): number =>
  items.reduce((sum, i) => sum + i.minutes, 0);

/** How far the items run past the booked length, with the figures; undefined when they fit. */
export function agendaOverrun(
  items: readonly AgendaItem[],
  booked: number,
): { readonly planned: number; readonly booked: number; readonly over: number } | undefined {
  const planned = items.reduce((sum, i) => sum + (Number.isFinite(i.minutes) ? i.minutes : 0), 0);
  return booked > 0 && planned > booked ? { planned, booked, over: planned - booked } : undefined;
}

/** The booked meeting's length in minutes (0 before it is booked). */
export function bookedMinutes(meeting: Meeting): number {
  const slot = meeting.booking?.slot;
  return slot ? Math.round((slot.end - slot.start) / 60_000) : 0;
}

/** The version last sent, if any. */
export const lastSent = (agenda: MeetingAgenda | undefined): AgendaVersion | undefined =>
  agenda?.versions[agenda.versions.length - 1];

/**
 * Whether the meeting moved since the family was last sent its agenda: the booked start differs
 * from the one that version told them. A version kept before this was recorded never counts as moved.
 */
export function agendaMoved(meeting: Meeting): boolean {
  const last = lastSent(meeting.agenda);
  const start = meeting.booking?.slot.start;
  return last?.start !== undefined && start !== undefined && last.start !== start;
}

const sameItem = (a: AgendaItem, b: AgendaItem) =>
  a.title === b.title && a.minutes === b.minutes && a.lead === b.lead && a.key === b.key;

/** Items added, taken off and changed (words, minutes or who leads) from `before` to `after`. */
export function agendaChanges(before: readonly AgendaItem[], after: readonly AgendaItem[]): AgendaChange[] {
  const was = new Map(before.map((i) => [i.id, i]));
  const now = new Set(after.map((i) => i.id));
  const changes: AgendaChange[] = [];
  for (const item of after) {
    const old = was.get(item.id);
    if (!old) changes.push({ kind: "added", item });
    else if (!sameItem(old, item)) changes.push({ kind: "changed", item });
  }
  for (const item of before) if (!now.has(item.id)) changes.push({ kind: "removed", item });
  return changes;
}

/** An id for a new item, unused in this agenda or any version of it. */
export function newItemId(agenda: MeetingAgenda): string {
  const used = new Set([...agenda.items, ...agenda.versions.flatMap((v) => v.items)].map((i) => i.id));
  let n = used.size + 1;
  while (used.has(`n${n}`)) n++;
  return `n${n}`;
}
