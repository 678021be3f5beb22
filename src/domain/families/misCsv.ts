import Papa from "papaparse";
import { ianaZone } from "../time/zone";

/** One carer of one child, as the school's MIS export lists them. */
export interface FamilyRow {
  readonly childId: string;
  readonly childName: string;
  readonly yearGroup: string;
  readonly classTeacherEmail: string;
  readonly carerName: string;
  readonly relationship: string;
  readonly carerEmail: string;
  readonly preferredLanguage: string;
  readonly timeZone: string;
  readonly household: string;
  readonly standingAdjustments: readonly string[];
  /**
   * The school keeps this child's households apart (a court order, say): each is invited on its own
   * and never sees the other's details. The flag belongs to the child, so every row of a child
   * carries the same value; `undefined` when the file does not say, so an import leaves it as it is.
   */
  readonly keepHouseholdsApart?: boolean | undefined;
}

export interface CsvProblem {
  /** 1-based line number in the file, counting the header. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedFamilies {
  readonly rows: readonly FamilyRow[];
  readonly problems: readonly CsvProblem[];
}

/** Headers we accept, lower-cased without spaces, for each field (MIS exports name columns differently). */
const HEADERS: Record<keyof FamilyRow, readonly string[]> = {
  childId: ["childid", "pupilid", "upn", "scn"],
  childName: ["childname", "pupilname", "name"],
  yearGroup: ["yeargroup", "year", "class", "stage"],
  classTeacherEmail: ["classteacheremail", "teacheremail"],
  carerName: ["carername", "contactname", "parentname"],
  relationship: ["relationship", "relation"],
  carerEmail: ["careremail", "contactemail", "parentemail", "email"],
  preferredLanguage: ["preferredlanguage", "homelanguage", "language"],
  timeZone: ["timezone"],
  household: ["household", "address", "householdid"],
  standingAdjustments: ["standingadjustments", "adjustments"],
  keepHouseholdsApart: ["keephouseholdsapart", "householdsapart", "keepapart"],
};

/** Yes and no as MIS exports write them; blank means the file does not say. */
const YES_NO: Readonly<Record<string, boolean | undefined>> = {
  yes: true,
  true: true,
  "1": true,
  no: false,
  false: false,
  "0": false,
  "": undefined,
};

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** A BCP 47 tag in its canonical form (`pl_PL` → `pl-PL`), or undefined if it is not one. */
function canonicalLanguage(text: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(text.trim().replace(/_/g, "-"))[0];
  } catch (cause) {
    if (cause instanceof RangeError) return undefined;
    throw cause;
  }
}

/**
 * Reads the MIS export of children and carers (one row per carer). Each bad row is reported with
 * its line and skipped; good rows are kept, so one typo does not block a whole import.
 */
export function parseFamiliesCsv(csv: string): ParsedFamilies {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header = [], ...data] = parsed.data;
  const problems: CsvProblem[] = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 1, message: e.message }));
  const index = new Map(header.map((h, i) => [h.toLowerCase().replace(/[\s_-]/g, ""), i]));
  const column = (field: keyof FamilyRow) =>
    HEADERS[field].map((h) => index.get(h)).find((i) => i !== undefined);
  const missing = (["childId", "childName", "carerName", "carerEmail"] as const).filter(
    (f) => column(f) === undefined,
  );
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: `The header row has no column for: ${missing.map((f) => f[0]?.toUpperCase() + f.slice(1)).join(", ")}.`,
        },
      ],
    };
  }
  const rows: FamilyRow[] = [];
  data.forEach((cells, i) => {
    const line = i + 2;
    const get = (field: keyof FamilyRow) => {
      const at = column(field);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    const email = get("carerEmail").toLowerCase();
    const zone = get("timeZone");
    if (!get("childId") || !get("childName") || !get("carerName")) {
      problems.push({ line, message: "A child id, child name and carer name are needed." });
      return;
    }
    if (!EMAIL.test(email)) {
      problems.push({ line, message: `"${get("carerEmail")}" is not an email address.` });
      return;
    }
    const language = canonicalLanguage(get("preferredLanguage") || "en");
    if (!language) {
      problems.push({
        line,
        message: `"${get("preferredLanguage")}" is not a language code like pl, ur or en.`,
      });
      return;
    }
    const apartText = get("keepHouseholdsApart");
    if (!Object.hasOwn(YES_NO, apartText.toLowerCase())) {
      problems.push({
        line,
        message: `KeepHouseholdsApart is "${apartText}"; write yes or no (or leave it blank).`,
      });
      return;
    }
    if (zone) {
      try {
        ianaZone(zone);
      } catch (cause) {
        if (!(cause instanceof RangeError)) throw cause;
        problems.push({ line, message: `"${zone}" is not a time zone name like Europe/London.` });
        return;
      }
    }
    rows.push({
      childId: get("childId"),
      childName: get("childName"),
      yearGroup: get("yearGroup"),
      classTeacherEmail: get("classTeacherEmail").toLowerCase(),
      carerName: get("carerName"),
      relationship: get("relationship") || "Parent/carer",
      carerEmail: email,
      preferredLanguage: language,
      timeZone: zone,
      household: get("household") || "1",
      standingAdjustments: get("standingAdjustments")
        .split(";")
        .map((a) => a.trim())
        .filter(Boolean),
      keepHouseholdsApart: YES_NO[apartText.toLowerCase()],
    });
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
