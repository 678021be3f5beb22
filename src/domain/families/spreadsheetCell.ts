/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP): a carer's
 * list is exported back to Excel from SharePoint, where `=HYPERLINK(…)` would run. Tab and carriage
 * return count too, since some spreadsheets skip them before looking for `=`.
 */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** Whether a cell, as written in the file, would be read as a formula by a spreadsheet. */
export function isFormulaLike(cell: string): boolean {
  const first = cell[0];
  if (first === undefined) return false;
  if (FORMULA_START.has(first)) return true;
  // " =1+1" is still a formula to some spreadsheets: look past leading spaces too.
  const trimmed = cell.trimStart();
  return trimmed !== cell && FORMULA_START.has(trimmed[0] ?? "");
}
