import type { StandingRecord } from "../adjustments/standing";
import type { FamilyRow } from "../families/misCsv";

export interface ImportResult {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: readonly string[];
}

/** The school's own list of carers (guardian emails are not readable by a static app from Graph's education API). */
export interface FamilyContacts {
  /** Adds new carers and updates known ones (matched by child id and carer email). */
  importRows(rows: readonly FamilyRow[]): Promise<ImportResult>;
  /**
   * Marks (or unmarks) a child's family "keep households apart" on every one of the child's carers,
   * each update guarded by the version it was read at (a concurrent edit fails as `conflict`).
   */
  setKeepHouseholdsApart(childId: string, apart: boolean): Promise<void>;
  /**
   * Changes one carer's standing adjustments and the record of those removed (read as they stand
   * now, then saved guarded by the version read: a concurrent edit fails as `conflict`). Returns
   * what is saved.
   */
  updateStandingAdjustments(
    childId: string,
    carerId: string,
    change: (record: StandingRecord) => StandingRecord,
  ): Promise<StandingRecord>;
}
