import { completeLocales } from "../../src/domain/i18n/catalogueCheck";
import { familyTables } from "../support/familyTables";

/**
 * How many languages besides English families can read everything in: every key of every
 * registered family table present, parsing, with English's placeholders (Punjabi's two scripts
 * count as two, since a reader of one may not read the other). Target: 9 or more.
 */
export async function i18nBench(): Promise<Record<string, string>> {
  const complete = completeLocales(await familyTables()).filter((l) => l !== "en");
  return { "i18n.family_languages": String(complete.length) };
}
