/**
 * Adjustments a family can ask for from the parent page or in a reply. Codes are written into
 * reply tokens and stored records: never rename one; new ones are added at the end. What each does
 * is in the adjustment catalogue (`domain/adjustments/catalogue.ts`).
 */
export type AdjustmentCode =
  | "interpreter"
  | "stepFree"
  | "hearingLoop"
  | "largePrint"
  | "easyRead"
  | "online"
  | "longerMeeting"
  | "quietRoom"
  | "breaks"
  | "bslInterpreter"
  | "timeOfDay"
  | "fewerPeople"
  | "papersInAdvance"
  | "papersTranslated";

export const ADJUSTMENT_CODES: readonly AdjustmentCode[] = [
  "interpreter",
  "stepFree",
  "hearingLoop",
  "largePrint",
  "easyRead",
  "online",
  "longerMeeting",
  "quietRoom",
  "breaks",
  "bslInterpreter",
  "timeOfDay",
  "fewerPeople",
  "papersInAdvance",
  "papersTranslated",
];

export interface Supporter {
  readonly name: string;
  /** e.g. "friend", "advocate", "grandparent". */
  readonly relationship: string;
  /** Whether the meeting papers may be shared with them. */
  readonly sharePapers: boolean;
  /**
   * Their email, when the family gave it (optional; older replies have none). With `sharePapers`
   * they are invited to the event and sent the papers; without it they are only named.
   */
  readonly email?: string | undefined;
}

/** Whether the family would like to speak before or after the professionals. */
export type SpeakingOrder = "first" | "after" | "noPreference";

/** Everything a carer can answer to an offer, whether from the parent page or read from a reply. */
export interface ReplyAnswer {
  /** The offer's reference token, e.g. `CG-7K3M-Q9XD`. */
  readonly ref: string;
  /** 1-based index of the offered time chosen; null when none of the times work. */
  readonly choice: number | null;
  /** When none work: what does, in the carer's words. */
  readonly availability: string;
  readonly adjustments: readonly AdjustmentCode[];
  /** Language for an interpreter, as the carer wrote it or a BCP 47 tag. */
  readonly interpreterLanguage: string;
  /** Anything else they need, in their words. */
  readonly otherNeeds: string;
  readonly supporter: Supporter | null;
  readonly speakingOrder: SpeakingOrder;
  /** A free message to the school. */
  readonly message: string;
}
