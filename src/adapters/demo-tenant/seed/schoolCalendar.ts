import type { SchoolCalendarJson } from "../../../domain/school/schoolCalendarJson";

/**
 * Glenmore Primary's 2026–27 session (a Highland-style Scottish calendar): four terms, in-service
 * days and holidays; meetings 08:30–17:00, with 07:45–18:30 offered to parents who work.
 */
export const DEMO_SCHOOL_CALENDAR: SchoolCalendarJson = {
  zone: "Europe/London",
  terms: [
    { first: "2026-08-18", last: "2026-10-09" },
    { first: "2026-10-26", last: "2026-12-22" },
    { first: "2027-01-06", last: "2027-03-31" },
    { first: "2027-04-19", last: "2027-06-30" },
  ],
  closures: [
    { first: "2026-09-18", last: "2026-09-21" },
    { first: "2026-11-16", last: "2026-11-16" },
    { first: "2027-02-15", last: "2027-02-16" },
    { first: "2027-05-03", last: "2027-05-03" },
  ],
  weekdays: [1, 2, 3, 4, 5],
  day: { from: "08:30", to: "17:00" },
  extendedDay: { from: "07:45", to: "18:30" },
};
