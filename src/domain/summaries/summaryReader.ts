import type { DocumentVariant } from "../documents/document";
import type { FamilyLocale } from "../i18n/locales";
import type { Jurisdiction } from "./rights";

/** Who one household's copy is for, and how they asked to read it. */
export interface SummaryReader {
  readonly locale: FamilyLocale;
  /** The carers in this household (their ids): their own actions are worded for them. */
  readonly carerIds: readonly string[];
  readonly variant: DocumentVariant;
}

/** The meeting a summary is about, as every copy of it frames it. */
export interface SummaryFrame {
  readonly meetingStart: number;
  readonly zone: string;
  /** The member of staff who wrote it, as families know them. */
  readonly author: string;
  readonly jurisdiction: Jurisdiction;
}
