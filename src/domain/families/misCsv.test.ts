import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFamiliesCsv } from "./misCsv";

describe("parseFamiliesCsv", () => {
  it("reads an MIS export with its own header names, canonical languages and split households", () => {
    const csv = [
      "\uFEFFPupil ID,Pupil Name,Stage,Contact Name,Relation,Contact Email,Home Language,Household,Adjustments,TimeZone",
      'GP1,"Scott, Aiden",P1,Heather Scott,Mother,Heather@Example.net,pl_PL,1,"Interpreter (Polish); Step-free access",',
      'GP1,"Scott, Aiden",P1,Neil Scott,Father,neil@example.net,,2,,Asia/Dubai',
    ].join("\r\n");
    const { rows, problems } = parseFamiliesCsv(csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        childId: "GP1",
        childName: "Scott, Aiden",
        yearGroup: "P1",
        classTeacherEmail: "",
        carerName: "Heather Scott",
        relationship: "Mother",
        carerEmail: "heather@example.net",
        preferredLanguage: "pl-PL",
        timeZone: "",
        household: "1",
        standingAdjustments: ["Interpreter (Polish)", "Step-free access"],
      },
      expect.objectContaining({
        carerName: "Neil Scott",
        preferredLanguage: "en",
        timeZone: "Asia/Dubai",
        household: "2",
        standingAdjustments: [],
      }),
    ]);
  });

  it("names each bad row by line and keeps the good ones", () => {
    const csv = [
      "ChildId,ChildName,CarerName,CarerEmail,PreferredLanguage,TimeZone",
      "GP1,Ava Kerr,Ann Kerr,ann@example.net,en,",
      "GP2,Ben Begum,,x@example.net,en,",
      "GP3,Cal Reid,Cat Reid,not-an-email,en,",
      "GP4,Dee Ali,Dan Ali,dan@example.net,Polish!,",
      "GP5,Eve Lee,Eli Lee,eli@example.net,en,Mars/Base",
    ].join("\n");
    const { rows, problems } = parseFamiliesCsv(csv);
    expect(rows.map((r) => r.childId)).toEqual(["GP1"]);
    expect(problems).toEqual([
      { row: 3, messages: ["A child id, child name and carer name are needed."] },
      { row: 4, messages: ['"not-an-email" is not an email address.'] },
      { row: 5, messages: ['"Polish!" is not a language code like pl, ur or en.'] },
      { row: 6, messages: ['"Mars/Base" is not a time zone name like Europe/London.'] },
    ]);
  });

  it("reads KeepHouseholdsApart as yes or no in any case, blank as unsaid, for the whole child", () => {
    const csv = [
      "ChildId,ChildName,CarerName,CarerEmail,Household,Keep Households Apart",
      "GP1,Ava Kerr,Ann Kerr,ann@example.net,1,YES",
      "GP1,Ava Kerr,Rob Kerr,rob@example.net,2,",
      "GP2,Ben Ali,Bea Ali,bea@example.net,1,False",
      "GP3,Cal Reid,Cat Reid,cat@example.net,1,",
      "GP4,Dee Roy,Dan Roy,dan@example.net,1,1",
      "GP5,Eve Lee,Eli Lee,eli@example.net,1,0",
      "GP6,Fin Orr,Fay Orr,fay@example.net,1,true",
      "GP6,Fin Orr,Fred Orr,fred@example.net,2,no",
      "GP7,Gus Hay,Gil Hay,gil@example.net,1,No",
    ].join("\n");
    const { rows, problems } = parseFamiliesCsv(csv);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.carerName, r.keepHouseholdsApart])).toEqual([
      ["Ann Kerr", true],
      // The flag is the child's: a blank row of a child marked elsewhere is marked too.
      ["Rob Kerr", true],
      ["Bea Ali", false],
      ["Cat Reid", undefined],
      ["Dan Roy", true],
      ["Eli Lee", false],
      // Rows that disagree keep the households apart: the safe side.
      ["Fay Orr", true],
      ["Fred Orr", true],
      ["Gil Hay", false],
    ]);
  });

  it("leaves KeepHouseholdsApart unsaid when the file has no such column", () => {
    const { rows } = parseFamiliesCsv(
      "ChildId,ChildName,CarerName,CarerEmail\nGP1,Ava Kerr,Ann Kerr,ann@example.net",
    );
    expect(rows[0]?.keepHouseholdsApart).toBeUndefined();
  });

  it("reports any other KeepHouseholdsApart value by line and skips that row", () => {
    const csv = [
      "ChildId,ChildName,CarerName,CarerEmail,KeepHouseholdsApart",
      "GP1,Ava Kerr,Ann Kerr,ann@example.net,yes",
      "GP2,Ben Ali,Bea Ali,bea@example.net,maybe",
      "GP3,Cal Reid,Cat Reid,cat@example.net, Y ",
      "GP4,Dee Roy,Dan Roy,dan@example.net,  no  ",
    ].join("\n");
    const { rows, problems } = parseFamiliesCsv(csv);
    expect(rows.map((r) => [r.childId, r.keepHouseholdsApart])).toEqual([
      ["GP1", true],
      ["GP4", false],
    ]);
    expect(problems).toEqual([
      { row: 3, messages: ['KeepHouseholdsApart is "maybe"; write yes or no (or leave it blank).'] },
      { row: 4, messages: ['KeepHouseholdsApart is "Y"; write yes or no (or leave it blank).'] },
    ]);
  });

  it("never reads a KeepHouseholdsApart value it does not know as yes or no", () => {
    const known = new Set(["yes", "no", "true", "false", "1", "0", ""]);
    fc.assert(
      fc.property(
        // Formula-like cells are refused for their own reason (see below).
        fc.string({ maxLength: 12 }).filter((v) => !/[",\r\n]/.test(v) && !/^\s*[=+\-@\t]/.test(v)),
        (value) => {
          const { rows, problems } = parseFamiliesCsv(
            `ChildId,ChildName,CarerName,CarerEmail,KeepHouseholdsApart\nGP1,Ava Kerr,Ann Kerr,ann@example.net,${value}`,
          );
          const isKnown = known.has(value.trim().toLowerCase());
          expect(rows.length).toBe(isKnown ? 1 : 0);
          expect(problems.some((p) => p.messages.some((m) => m.startsWith("KeepHouseholdsApart")))).toBe(
            !isKnown,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses a file without the columns it needs, saying which", () => {
    expect(parseFamiliesCsv("Name,Email\nA,a@b.c")).toEqual({
      rows: [],
      problems: [],
      fileProblem: "The header row has no column for: ChildId, CarerName.",
    });
  });

  it("never throws, whatever the file holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { rows } = parseFamiliesCsv(`ChildId,ChildName,CarerName,CarerEmail\n${text}`);
        for (const r of rows) expect(r.carerEmail).toMatch(/@/);
      }),
      { numRuns: 1000 },
    );
  });
});
