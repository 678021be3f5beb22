import type { StandingAdjustment, StandingRemoval } from "../adjustments/standing";
import type { IanaZone } from "../time/zone";

/** The roles the product knows about; anything else is shown by its job title. */
export type StaffRole =
  | "senco"
  | "pupilSupport"
  | "classTeacher"
  | "guidanceTeacher"
  | "pastoralLead"
  | "headteacher"
  | "ealLead"
  | "other";

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly role: StaffRole;
}

/** A room's features that adjustments can require. */
export type RoomFeature = "stepFree" | "hearingLoop" | "quiet" | "large";

export interface Room {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly capacity: number;
  readonly features: readonly RoomFeature[];
}

/** A parent or anyone who cares for the child (kinship and foster carers too). */
export interface Carer {
  readonly id: string;
  readonly childId: string;
  readonly name: string;
  readonly email: string;
  readonly relationship: string;
  /** BCP 47 tag of the language they prefer to read, e.g. `pl`. */
  readonly preferredLanguage: string;
  readonly timeZone: IanaZone | undefined;
  /** Carers of one child who live apart each get their own invitation and summary. */
  readonly household: string;
  /** Adjustments the family has asked us to remember (with consent), in words, e.g. "interpreter (Polish)". */
  readonly standingAdjustments: readonly string[];
  /** The same, structured, with the family's consent where it was recorded (absent: read from the words). */
  readonly standing?: readonly StandingAdjustment[];
  /** Those staff removed at the family's request, with who and when (an MIS import leaves them out). */
  readonly standingRemoved?: readonly StandingRemoval[];
  /**
   * Other addresses the school's records hold for this carer (a work address, an old one), lower
   * case. A reply from one of them counts as theirs, as one from `email` does.
   */
  readonly otherEmails?: readonly string[];
}

export interface Child {
  readonly id: string;
  readonly name: string;
  readonly yearGroup: string;
  readonly classTeacherId: string | undefined;
  /**
   * Separated carers must not see each other's details (after a court order, say): each household
   * is invited on its own and never sees the other's address or requests.
   */
  readonly keepHouseholdsApart: boolean;
}

/** Maps a job title onto a role, so a school need not retitle anyone. */
export function roleFromJobTitle(jobTitle: string): StaffRole {
  const t = jobTitle.toLowerCase();
  if (/\bsenco\b|special educational needs co/.test(t)) return "senco";
  if (/pupil support/.test(t)) return "pupilSupport";
  if (/guidance/.test(t)) return "guidanceTeacher";
  if (/pastoral/.test(t)) return "pastoralLead";
  if (/head ?teacher|^head\b|principal/.test(t)) return "headteacher";
  if (/\beal\b|english as an additional/.test(t)) return "ealLead";
  if (/teacher/.test(t)) return "classTeacher";
  return "other";
}
