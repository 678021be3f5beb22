/** A document filed in the school's records (the pastoral site's document library). */
export interface FiledDocument {
  readonly id: string;
  /** Where staff open it. */
  readonly webUrl: string;
}

/** The pastoral site's document library: the child's record keeps its documents there. */
export interface DocumentLibrary {
  /**
   * Files bytes at `path` (folders separated by `/`), replacing a file already there: filing the
   * same document again after an interruption leaves one copy.
   */
  file(path: string, bytes: Uint8Array, contentType: string): Promise<FiledDocument>;
}
