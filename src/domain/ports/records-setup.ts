/** How far the school's records store is set up. */
export interface SetupStatus {
  readonly ready: boolean;
  readonly schemaVersion: number | undefined;
  /** Plain-language items still to do, e.g. "Create the list CG Timeline". */
  readonly missing: readonly string[];
}

/** Creates and checks the lists Common Ground keeps its records in. */
export interface RecordsSetup {
  status(): Promise<SetupStatus>;
  /** Creates whatever is missing; safe to run again. Reports each step as it is done. */
  provision(onStep: (step: string) => void): Promise<SetupStatus>;
}
