import type * as G from "@microsoft/microsoft-graph-types";

/** Bumped whenever a list or column is added; recorded in the settings list by set-up. */
export const SCHEMA_VERSION = 4;

export interface ListSpec {
  readonly key: "families" | "timeline" | "meetings" | "settings" | "summaries";
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly G.ColumnDefinition[];
}

const text = (name: string, indexed = false): G.ColumnDefinition => ({ name, text: {}, indexed });
const longText = (name: string): G.ColumnDefinition => ({
  name,
  text: { allowMultipleLines: true, maxLength: 100_000 } as G.TextColumn,
});
/**
 * A key the client makes for each write and stores with it, so a write whose answer was lost (a
 * time-out, a 5xx, a dropped connection) can be found and adopted instead of being made twice.
 */
export const WRITE_KEY = "WriteKey";
const writeKey = (): G.ColumnDefinition => text(WRITE_KEY, true);
const when = (name: string, indexed = false): G.ColumnDefinition => ({
  name,
  dateTime: { format: "dateTime" },
  indexed,
});

/**
 * Common Ground's lists on the pastoral team's site. Every column a query filters or sorts on is
 * indexed, so reads keep working past SharePoint's 5,000-item list view threshold.
 */
export const LISTS: readonly ListSpec[] = [
  {
    key: "families",
    displayName: "CG Family Contacts",
    description:
      "Children's parents and carers, their languages and standing adjustments (from the MIS export).",
    columns: [
      text("ChildId", true),
      text("ChildName"),
      text("YearGroup"),
      text("ClassTeacherEmail"),
      text("CarerName"),
      text("Relationship"),
      text("CarerEmail", true),
      // Addresses the carer may also reply from, separated by ";": a reply from one counts as theirs.
      text("OtherCarerEmails"),
      text("PreferredLanguage"),
      text("TimeZone"),
      text("Household"),
      longText("StandingAdjustments"),
      // Yes/No: the child's households are kept apart (each invited on its own). Same on every row of a child.
      { name: "KeepHouseholdsApart", boolean: {} },
      writeKey(),
    ],
  },
  {
    key: "timeline",
    displayName: "CG Timeline",
    description:
      "Each child's story in order: requests, offers, replies, bookings, agendas, summaries, actions.",
    columns: [
      text("ChildId", true),
      when("EntryDate", true),
      text("Kind"),
      text("Summary"),
      longText("Details"),
      text("MeetingRef", true),
      // Names the step that wrote an entry (e.g. `m12:booked`), so a retried step finds its own entry.
      text("EntryKey", true),
      writeKey(),
    ],
  },
  {
    key: "meetings",
    displayName: "CG Meetings",
    description: "Meeting records from request to follow-up.",
    columns: [
      text("ChildId", true),
      text("Status", true),
      when("UpdatedAt", true),
      longText("Data"),
      writeKey(),
    ],
  },
  {
    key: "summaries",
    displayName: "CG Summaries",
    description:
      "Follow-up summaries being written after meetings: one draft per meeting, saved as staff type.",
    columns: [
      text("MeetingRef", true),
      text("ChildId", true),
      text("SavedBy"),
      when("SavedAt"),
      longText("Data"),
      writeKey(),
    ],
  },
  {
    key: "settings",
    displayName: "CG Settings",
    description: "Common Ground's settings for this school, including the records schema version.",
    columns: [text("Key", true), longText("Value")],
  },
];

export function listSpec(key: ListSpec["key"]): ListSpec {
  const spec = LISTS.find((l) => l.key === key);
  if (!spec) throw new Error(`No list ${key}`);
  return spec;
}
