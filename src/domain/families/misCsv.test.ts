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
      { line: 3, message: "A child id, child name and carer name are needed." },
      { line: 4, message: '"not-an-email" is not an email address.' },
      { line: 5, message: '"Polish!" is not a language code like pl, ur or en.' },
      { line: 6, message: '"Mars/Base" is not a time zone name like Europe/London.' },
    ]);
  });

  it("refuses a file without the columns it needs, saying which", () => {
    expect(parseFamiliesCsv("Name,Email\nA,a@b.c").problems).toEqual([
      { line: 1, message: "The header row has no column for: ChildId, CarerName." },
    ]);
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
