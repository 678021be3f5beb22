/** The fictional school: Glenmore Primary, a Scottish primary school. Every name here is invented. */
export const SCHOOL = {
  name: "Glenmore Primary School",
  domain: "glenmore.example.org",
  siteHost: "commonground.sharepoint.com",
  sitePath: "/sites/pastoral",
  zone: "Europe/London",
  jurisdiction: "scotland",
  phone: "01463 555 0100",
} as const;

export interface SeedStaff {
  readonly key: string;
  readonly name: string;
  readonly jobTitle: string;
  /** Part-time staff work fewer days (1 = Monday … 5 = Friday). */
  readonly days?: readonly number[];
  /** Teaching staff are in class for most of the school day. */
  readonly teaches: boolean;
}

export const STAFF: readonly SeedStaff[] = [
  {
    key: "aileen.macrae",
    name: "Aileen MacRae",
    jobTitle: "SENCo / Additional Support for Learning Lead",
    teaches: false,
  },
  {
    key: "tom.okafor",
    name: "Tom Okafor",
    jobTitle: "Pupil Support Teacher",
    teaches: false,
    days: [1, 2, 3, 4],
  },
  { key: "priya.sharma", name: "Priya Sharma", jobTitle: "Class Teacher (P2)", teaches: true },
  { key: "callum.reid", name: "Callum Reid", jobTitle: "Class Teacher (P4)", teaches: true },
  { key: "megan.doyle", name: "Megan Doyle", jobTitle: "Class Teacher (P5)", teaches: true },
  { key: "ewan.stewart", name: "Ewan Stewart", jobTitle: "Class Teacher (P6)", teaches: true },
  { key: "sofia.rossi", name: "Sofia Rossi", jobTitle: "Class Teacher (P7)", teaches: true, days: [1, 2, 3] },
  { key: "david.lee", name: "David Lee", jobTitle: "Class Teacher (P3)", teaches: true },
  { key: "fiona.grant", name: "Fiona Grant", jobTitle: "Guidance Teacher", teaches: true },
  { key: "hamish.munro", name: "Hamish Munro", jobTitle: "Pastoral Lead / Depute Head", teaches: false },
  { key: "catherine.walsh", name: "Catherine Walsh", jobTitle: "Headteacher", teaches: false },
  { key: "nadia.haddad", name: "Nadia Haddad", jobTitle: "EAL Lead", teaches: false, days: [2, 3, 4] },
  { key: "jamie.campbell", name: "Jamie Campbell", jobTitle: "Class Teacher (P1)", teaches: true },
  {
    key: "ruth.baxter",
    name: "Ruth Baxter",
    jobTitle: "Educational Psychologist (visiting)",
    teaches: false,
    days: [2, 4],
  },
];

export interface SeedRoom {
  readonly key: string;
  readonly name: string;
  readonly capacity: number;
  readonly wheelchair: boolean;
  readonly tags: readonly string[];
  readonly floor: number;
}

export const ROOMS: readonly SeedRoom[] = [
  {
    key: "family-room",
    name: "Family Room",
    capacity: 6,
    wheelchair: true,
    tags: ["quiet", "informal"],
    floor: 0,
  },
  {
    key: "meeting-room-1",
    name: "Meeting Room 1",
    capacity: 8,
    wheelchair: true,
    tags: ["hearing loop"],
    floor: 0,
  },
  {
    key: "library",
    name: "Library",
    capacity: 14,
    wheelchair: true,
    tags: ["large", "hearing loop"],
    floor: 0,
  },
  { key: "support-base", name: "Support Base", capacity: 5, wheelchair: false, tags: ["quiet"], floor: 1 },
  { key: "staff-room", name: "Conference Room", capacity: 16, wheelchair: false, tags: ["large"], floor: 1 },
];

/** School days are Monday to Friday, 08:45–15:15; staff work 08:15–17:30 (meetings with working parents run late). */
export const WORKING_DAY = { start: "08:15:00", end: "17:30:00" } as const;
