import { pick } from "./prng";
import { SCHOOL, STAFF } from "./school";

const FIRST = [
  "Aiden",
  "Amira",
  "Ben",
  "Chloe",
  "Daniel",
  "Ella",
  "Finn",
  "Grace",
  "Hassan",
  "Isla",
  "Jakub",
  "Kacper",
  "Leah",
  "Lewis",
  "Maja",
  "Mohammed",
  "Niamh",
  "Olivia",
  "Oskar",
  "Poppy",
  "Rory",
  "Sana",
  "Theo",
  "Yusuf",
  "Zara",
  "Ava",
  "Callum",
  "Eilidh",
  "Fatima",
  "Harris",
  "Iris",
  "Jack",
  "Kai",
  "Lily",
  "Mateo",
  "Nina",
  "Omar",
  "Ruby",
  "Sam",
  "Sofia",
  "Tomasz",
  "Ula",
  "Wren",
  "Zofia",
];
const SURNAMES = [
  "Rahman",
  "Kowalski",
  "Murray",
  "Campbell",
  "Ali",
  "Nowak",
  "Fraser",
  "Begum",
  "Popescu",
  "Robertson",
  "Khan",
  "Thomson",
  "Shevchenko",
  "Ahmed",
  "Wilson",
  "Wiśniewska",
  "MacLeod",
  "Hussain",
  "Anderson",
  "Bondarenko",
  "Scott",
  "Iqbal",
  "Kerr",
  "Lewandowski",
];
const CARER_FIRST = [
  [
    "Aisha",
    "Anna",
    "Donna",
    "Ewa",
    "Heather",
    "Joanna",
    "Kirsty",
    "Lorraine",
    "Nasreen",
    "Olena",
    "Rachel",
    "Shabana",
    "Vicky",
    "Yasmin",
  ],
  [
    "Craig",
    "Gary",
    "Imran",
    "Marek",
    "Paul",
    "Stuart",
    "Tariq",
    "Zbigniew",
    "Andrei",
    "Bilal",
    "Dmytro",
    "Graeme",
    "Karim",
    "Neil",
  ],
] as const;

/** Languages families prefer to read, weighted towards English as in a typical Scottish primary. */
const LANGUAGES = ["en", "en", "en", "en", "en", "en", "pl", "ur", "ar", "uk", "ro"];
const LANGUAGE_NAMES: Record<string, string> = {
  pl: "Polish",
  ur: "Urdu",
  ar: "Arabic",
  uk: "Ukrainian",
  ro: "Romanian",
};
const ADJUSTMENTS = [
  "Step-free access",
  "Hearing loop",
  "Papers in large print",
  "Online option",
  "Longer meeting",
  "Quiet room",
];
const YEARS = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];
const TEACHER_FOR: Record<string, string> = {
  P1: "jamie.campbell",
  P2: "priya.sharma",
  P3: "david.lee",
  P4: "callum.reid",
  P5: "megan.doyle",
  P6: "ewan.stewart",
  P7: "sofia.rossi",
};

export const MIS_COLUMNS = [
  "ChildId",
  "ChildName",
  "YearGroup",
  "ClassTeacherEmail",
  "CarerName",
  "Relationship",
  "CarerEmail",
  "PreferredLanguage",
  "TimeZone",
  "Household",
  "StandingAdjustments",
  "KeepHouseholdsApart",
] as const;

/**
 * Split families the school keeps apart (each household invited on its own, as after a court
 * order): Leah (GP1013) and Ruby (GP1038). The other split families are marked "no", so the demo
 * has both kinds; families in one household leave the column blank.
 */
const KEPT_APART = new Set([12, 37]);

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The school's MIS export of children and their carers, one row per carer: the demo imports it
 * through the same CSV import a real school uses. 44 children; some split families (two
 * households, two of them kept apart), several languages, some standing adjustments, one parent
 * working abroad.
 */
export function misExportCsv(random: () => number): string {
  const rows: string[][] = [];
  if (!STAFF.length) throw new Error("no staff");
  for (let i = 0; i < 44; i++) {
    const childId = `GP${String(1001 + i)}`;
    const surname = pick(random, SURNAMES);
    const childName = `${FIRST[i % FIRST.length]} ${surname}`;
    const year = YEARS[i % YEARS.length] ?? "P1";
    const teacher = `${TEACHER_FOR[year]}@${SCHOOL.domain}`;
    const language = pick(random, LANGUAGES);
    const split = i % 5 === 2;
    const carers = split ? 2 : random() < 0.6 ? 2 : 1;
    for (let c = 0; c < carers; c++) {
      const first = pick(random, CARER_FIRST[c] ?? CARER_FIRST[0]);
      const relationship =
        i % 17 === 4 && c === 0
          ? "Kinship carer (grandparent)"
          : i % 19 === 7
            ? "Foster carer"
            : c === 0
              ? "Mother"
              : "Father";
      const carerSurname = split && c === 1 ? pick(random, SURNAMES) : surname;
      const email = `${`${first}.${carerSurname}${i}`
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z0-9.]/g, "")}@example.net`;
      const adjustments: string[] = [];
      if (language !== "en" && c === 0) adjustments.push(`Interpreter (${LANGUAGE_NAMES[language]})`);
      if (random() < 0.12) adjustments.push(pick(random, ADJUSTMENTS));
      const abroad = i === 9 && c === 1;
      rows.push([
        childId,
        childName,
        year,
        teacher,
        `${first} ${carerSurname}`,
        relationship,
        email,
        c === 0 ? language : split ? "en" : language,
        abroad ? "Asia/Dubai" : "",
        split ? String(c + 1) : "1",
        adjustments.join("; "),
        split ? (KEPT_APART.has(i) ? "yes" : "no") : "",
      ]);
    }
  }
  return [MIS_COLUMNS.join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\n");
}
