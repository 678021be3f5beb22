import type { SchoolCalendar } from "../scheduling/request";

/** How the school appears to families, and which advice services apply. */
export interface SchoolProfile {
  readonly name: string;
  readonly phone: string;
  readonly jurisdiction: "scotland" | "england";
  /**
   * How many school days before a meeting the organiser is reminded of adjustments still to
   * arrange (3 when the profile does not say).
   */
  readonly adjustmentReminderSchoolDays?: number;
  /** How many times a year each child's support is reviewed with the family; 3 when not set. */
  readonly reviewsPerYear?: number;
  /** School days before a meeting its agenda goes to the family (5 when not set). */
  readonly agendaSchoolDays?: number;
}

/** The school's own settings, kept in the settings list on the pastoral site. */
export interface SchoolSettings {
  profile(): Promise<SchoolProfile | undefined>;
  saveProfile(profile: SchoolProfile): Promise<void>;
  /** Term dates, closures and meeting hours; undefined until an administrator sets them. */
  calendar(): Promise<SchoolCalendar | undefined>;
  saveCalendar(calendar: SchoolCalendar): Promise<void>;
}
