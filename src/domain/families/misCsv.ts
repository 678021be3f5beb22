import Papa from "papaparse";
import { type FamilyField, type FamilyRow, readFamilyRow } from "./misRow";

export type { FamilyRow } from "./misRow";

/** Every reason one row of the file is left out. */
export interface RowProblem {
  /** The row's number as a spreadsheet shows it: the header is row 1, blank rows count. */
  readonly row: number;
  readonly messages: readonly string[];
}

export interface ParsedFamilies {
  readonly rows: readonly FamilyRow[];
  /** One entry per row left out, in file order: its length is the number of rows to fix. */
  readonly problems: readonly RowProblem[];
  /** Set when nothing in the file can be imported (no usable header, too many rows). */
  readonly fileProblem?: string | undefined;
}

/** More rows than any school's carers: a file this long is not an MIS export. */
export const MAX_ROWS = 20_000;

/** Headers we accept, lower-cased without spaces, for each field (MIS exports name columns differently). */
const HEADERS: Record<FamilyField, readonly string[]> = {
  childId: ["childid", "pupilid", "upn", "scn"],
  childName: ["childname", "pupilname", "name"],
  yearGroup: ["yeargroup", "year", "class", "stage"],
  classTeacherEmail: ["classteacheremail", "teacheremail"],
  carerName: ["carername", "contactname", "parentname"],
  relationship: ["relationship", "relation"],
  carerEmail: ["careremail", "contactemail", "parentemail", "email"],
  preferredLanguage: ["preferredlanguage", "homelanguage", "language"],
  timeZone: ["timezone"],
  household: ["household", "householdid"],
  standingAdjustments: ["standingadjustments", "adjustments"],
  keepHouseholdsApart: ["keephouseholdsapart", "householdsapart", "keepapart"],
};

const REQUIRED = ["childId", "childName", "carerName", "carerEmail"] as const;

/** Papa's parse errors in words for the school; each belongs to the row it was found in. */
function parseErrorText(code: string): string {
  if (code === "MissingQuotes")
    return 'A quote (") is opened and never closed, so the rest was read as one cell.';
  if (code === "InvalidQuotes") return 'Its quotes (") are not in pairs.';
  return "It could not be read as CSV.";
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/**
 * Reads the MIS export of children and carers (one row per carer). Each row that cannot be
 * imported is reported once, with all its problems, and left out; good rows are kept, so one typo
 * does not block a whole import. A carer listed twice for a child (emails compared without case)
 * is imported once and the later row reported. Runs in time linear in the file's length.
 */
export function parseFamiliesCsv(csv: string): ParsedFamilies {
  // Blank rows are kept so that row numbers match what a spreadsheet shows.
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const [header = [], ...data] = parsed.data;
  if (data.length > MAX_ROWS) {
    return {
      rows: [],
      problems: [],
      fileProblem: `The file has more than ${MAX_ROWS.toLocaleString("en-GB")} rows.`,
    };
  }
  const index = new Map(header.map((h, i) => [h.toLowerCase().replace(/[\s_-]/g, ""), i]));
  const column = (field: FamilyField) => HEADERS[field].map((h) => index.get(h)).find((i) => i !== undefined);
  const missing = REQUIRED.filter((f) => column(f) === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => f[0]?.toUpperCase() + f.slice(1)).join(", ");
    return { rows: [], problems: [], fileProblem: `The header row has no column for: ${names}.` };
  }
  const at = Object.fromEntries(Object.keys(HEADERS).map((f) => [f, column(f as FamilyField)])) as Record<
    FamilyField,
    number | undefined
  >;
  const parseErrors = new Map<number, string>();
  for (const e of parsed.errors) {
    // Errors without a row (the delimiter was guessed) leave every row readable.
    if (e.row === undefined) continue;
    const row = e.row + 1;
    if (!parseErrors.has(row)) parseErrors.set(row, parseErrorText(e.code));
  }

  const rows: FamilyRow[] = [];
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  data.forEach((cells, i) => {
    const row = i + 2;
    const parseError = parseErrors.get(row);
    if (isBlank(cells) && !parseError) return;
    const reading = readFamilyRow((field) => {
      const c = at[field];
      return c === undefined ? undefined : cells[c];
    });
    const messages = [...(parseError ? [parseError] : []), ...(reading.ok ? [] : reading.messages)];
    if (reading.ok) {
      const key = `${reading.row.childId}\u0000${reading.row.carerEmail}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        messages.push(
          `The same carer as row ${first} (${reading.row.carerEmail} for ${reading.row.childId}); only row ${first} is imported.`,
        );
      } else if (messages.length === 0) {
        firstRowOf.set(key, row);
        rows.push(reading.row);
      }
    }
    if (messages.length > 0) problems.push({ row, messages });
  });
  return { rows: oneFlagPerChild(rows), problems };
}

/**
 * Gives every row of a child the same "keep households apart" value: yes on any of the child's
 * rows wins (the safe side when rows disagree), then no; blank on every row stays unsaid.
 */
function oneFlagPerChild(rows: readonly FamilyRow[]): FamilyRow[] {
  const flag = new Map<string, boolean>();
  for (const r of rows) {
    if (r.keepHouseholdsApart !== undefined)
      flag.set(r.childId, flag.get(r.childId) || r.keepHouseholdsApart);
  }
  return rows.map((r) => ({ ...r, keepHouseholdsApart: flag.get(r.childId) }));
}
