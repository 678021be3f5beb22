import { adjustmentFromText } from "../adjustments/catalogue";
import { EMAIL_LANGUAGES, primaryLanguage } from "../offers/i18n/emailLanguages";
import { isIanaZone } from "../time/zone";
import { isFormulaLike } from "./spreadsheetCell";

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

export type FamilyField = keyof FamilyRow;

/** The column names the README documents, used when telling the school what to fix. */
export const COLUMN_NAMES: Readonly<Record<FamilyField, string>> = {
  childId: "ChildId",
  childName: "ChildName",
  yearGroup: "YearGroup",
  classTeacherEmail: "ClassTeacherEmail",
  carerName: "CarerName",
  relationship: "Relationship",
  carerEmail: "CarerEmail",
  preferredLanguage: "PreferredLanguage",
  timeZone: "TimeZone",
  household: "Household",
  standingAdjustments: "StandingAdjustments",
  keepHouseholdsApart: "KeepHouseholdsApart",
};

const FIELDS = Object.keys(COLUMN_NAMES) as FamilyField[];

/** Longer cells are refused before any pattern looks at them: the file is outside input. */
export const MAX_CELL = 500;

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

/** Languages some MIS exports write by name rather than code. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: "en",
  polish: "pl",
  urdu: "ur",
  arabic: "ar",
  ukrainian: "uk",
  romanian: "ro",
  punjabi: "pa",
  "punjabi (gurmukhi)": "pa-Guru",
  "punjabi (shahmukhi)": "pa-Arab",
  gaelic: "gd",
  "scottish gaelic": "gd",
  welsh: "cy",
};

const ADJUSTMENT_WORDS =
  "interpreter, BSL or sign language, step-free access, hearing loop, large print, easy read, papers in advance, translated papers, online, longer meeting, quiet room, breaks, fewer people, time of day";

/** A cell's text as quoted back in a message: short, and with what could not be read left visible. */
const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

const FORMULA_CHAR: Readonly<Record<string, string>> = { "\t": "a tab", "\r": "a line break" };

/** An email address, checked without a backtracking pattern (a cell can be anything). */
export function isEmail(text: string): boolean {
  if (text.length > 254 || /[\s<>"]/.test(text)) return false;
  const at = text.indexOf("@");
  if (at < 1 || at !== text.lastIndexOf("@")) return false;
  const domain = text.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  return dot > 0 && dot < domain.length - 1;
}

/** A BCP 47 tag in its canonical form (`pl_PL` → `pl-PL`), or undefined if it is not one. */
function canonicalLanguage(text: string): string | undefined {
  const named = LANGUAGE_NAMES[text.toLowerCase()];
  if (named) return named;
  if (text.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(text.replace(/_/g, "-"))[0];
  } catch (cause) {
    if (cause instanceof RangeError) return undefined;
    throw cause;
  }
}

/** What one row of the file says: the carer it describes, or every reason it cannot be imported. */
export type RowReading =
  | { readonly ok: true; readonly row: FamilyRow }
  | { readonly ok: false; readonly messages: readonly string[] };

/**
 * Checks one row against what the app can act on: the people it needs, an email it can send to,
 * a language the emails are written in, a household number, adjustments it knows, and no cell a
 * spreadsheet would run as a formula. Every problem is reported, not only the first.
 */
export function readFamilyRow(raw: (field: FamilyField) => string | undefined): RowReading {
  const messages: string[] = [];
  for (const field of FIELDS) {
    const cell = raw(field) ?? "";
    const name = COLUMN_NAMES[field];
    if (cell.length > MAX_CELL) messages.push(`${name} is longer than ${MAX_CELL} characters.`);
    else if (cell.includes("\uFFFD"))
      messages.push(
        `${name} ${quote(cell.trim())} has characters that could not be read; save the file as CSV UTF-8.`,
      );
    else if (isFormulaLike(cell)) {
      const first = cell.trimStart()[0] ?? cell[0] ?? "";
      const what = FORMULA_CHAR[cell[0] ?? ""] ?? `"${first}"`;
      messages.push(`${name} starts with ${what}, which a spreadsheet would run as a formula; remove it.`);
    }
  }
  if (messages.length > 0) return { ok: false, messages };
  const get = (field: FamilyField) => (raw(field) ?? "").trim();

  if (!get("childId") || !get("childName") || !get("carerName"))
    messages.push("A child id, child name and carer name are needed.");
  const email = get("carerEmail").toLowerCase();
  if (!isEmail(email)) messages.push(`${quote(get("carerEmail"))} is not an email address.`);
  const teacher = get("classTeacherEmail").toLowerCase();
  if (teacher && !isEmail(teacher))
    messages.push(`ClassTeacherEmail ${quote(teacher)} is not an email address.`);

  const languageText = get("preferredLanguage") || "en";
  const language = canonicalLanguage(languageText);
  if (!language) messages.push(`${quote(languageText)} is not a language code like pl, ur or en.`);
  else if (!EMAIL_LANGUAGES.includes(primaryLanguage(language)))
    messages.push(
      `${quote(languageText)} is not a language the emails are written in (${EMAIL_LANGUAGES.join(", ")}); write en and add an interpreter to StandingAdjustments if the family needs one.`,
    );

  const zone = get("timeZone");
  if (zone && !isIanaZone(zone)) messages.push(`${quote(zone)} is not a time zone name like Europe/London.`);

  const householdText = get("household") || "1";
  const household = /^0*[1-9]$/.test(householdText) ? String(Number(householdText)) : undefined;
  if (!household)
    messages.push(
      `Household is ${quote(householdText)}; number each household of a child 1, 2, 3… (blank means 1).`,
    );

  const adjustments = get("standingAdjustments")
    .split(";")
    .map((a) => a.trim())
    .filter(Boolean);
  const formulas = adjustments.filter(isFormulaLike);
  if (formulas.length > 0)
    messages.push(
      `StandingAdjustments has ${quote(formulas[0] ?? "")}, which a spreadsheet would run as a formula; remove it.`,
    );
  const unknown = adjustments.filter((a) => !isFormulaLike(a) && adjustmentFromText(a) === undefined);
  if (unknown.length > 0)
    messages.push(
      `StandingAdjustments: ${unknown.map(quote).join(", ")} ${unknown.length === 1 ? "is not an adjustment" : "are not adjustments"} the app knows (${ADJUSTMENT_WORDS}).`,
    );

  const apartText = get("keepHouseholdsApart").toLowerCase();
  if (!Object.hasOwn(YES_NO, apartText))
    messages.push(
      `KeepHouseholdsApart is ${quote(get("keepHouseholdsApart"))}; write yes or no (or leave it blank).`,
    );

  if (messages.length > 0 || !language || !household) return { ok: false, messages };
  return {
    ok: true,
    row: {
      childId: get("childId"),
      childName: get("childName"),
      yearGroup: get("yearGroup"),
      classTeacherEmail: teacher,
      carerName: get("carerName"),
      relationship: get("relationship") || "Parent/carer",
      carerEmail: email,
      preferredLanguage: language,
      timeZone: zone,
      household,
      standingAdjustments: adjustments,
      keepHouseholdsApart: YES_NO[apartText],
    },
  };
}
