import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEETING_TYPES } from "../meetings/meetingTypes";
import { type ChildName, type OutgoingText, privacyFindings } from "./privacyGuard";

const note = (text: string): OutgoingText[] => [{ where: "note", text }];
const kinds = (child: ChildName, text: string, allowed: string[] = []) =>
  privacyFindings(note(text), child, allowed).map((f) => [f.kind, f.found]);

const ZOE = { first: "Zoë", surname: "MacLeod" };
const LUCJA = { first: "Łucja", surname: "Wiśniewska" };
const OLYA = { first: "Оля", surname: "Петренко" };
const NOOR = { first: "نور", surname: "حداد" };
const JAMIE = { first: "Jamie", surname: "Smith" };

describe("the child's name", () => {
  it.each([
    [ZOE, "A review of how Zoë is getting on", "Zoë"],
    [ZOE, "A review of how ZOE is getting on", "ZOE"],
    [ZOE, "Zoe\u0308's review", "Zoë"],
    [ZOE, "Ｚｏｅ review", "Zoe"],
    [LUCJA, "Spotkanie: Łucja", "Łucja"],
    [LUCJA, "Meeting about Lucja", "Lucja"],
    [OLYA, "Зустріч щодо того, як Оля почувається", "Оля"],
    [OLYA, "ОЛЯ", "ОЛЯ"],
    [NOOR, "اجتماع بخصوص نُور", "نُور"],
    [NOOR, "اجتماع بخصوص نـور", "نـور"],
  ])("finds %o's first name in %j", (child, text, found) => {
    expect(kinds(child, text)).toEqual([["childName", found]]);
  });

  it("finds the whole name as one finding, and the surname alone as a warning", () => {
    expect(kinds(JAMIE, "About Jamie Smith's plan")).toEqual([["childName", "Jamie Smith"]]);
    expect(kinds(LUCJA, "Pani WISNIEWSKA")).toEqual([["surname", "WISNIEWSKA"]]);
    expect(kinds(OLYA, "родина Петренко")).toEqual([["surname", "Петренко"]]);
    expect(kinds(NOOR, "عائلة حدّاد")).toEqual([["surname", "حدّاد"]]);
    expect(kinds({ first: "Mary-Jane", surname: "O'Neil" }, "Mary Jane and Mrs O’Neil")).toEqual([
      ["childName", "Mary Jane"],
      ["surname", "O’Neil"],
    ]);
  });

  it("finds whole words only, by Unicode word boundaries", () => {
    expect(kinds(JAMIE, "Jamieson and Smithfield")).toEqual([]);
    expect(kinds(ZOE, "Zoëlla")).toEqual([]);
    expect(kinds(OLYA, "Ольга")).toEqual([]);
    expect(kinds(NOOR, "نورا")).toEqual([]);
    expect(kinds({ first: "Sam", surname: "Lee" }, "Samuel Leeming")).toEqual([]);
  });

  it("does not take ordinary lower-case words for a name", () => {
    const will = { first: "Will", surname: "Hope" };
    expect(kinds(will, "We will meet and hope to agree the next steps")).toEqual([]);
    expect(kinds(will, "Will's review")).toEqual([["childName", "Will"]]);
  });

  it("finds initials written with full stops or as a word of capitals", () => {
    expect(kinds(JAMIE, "Review for J.S. next week")).toEqual([["initials", "J.S"]]);
    expect(kinds(JAMIE, "Review for J. S. next week")).toEqual([["initials", "J. S"]]);
    expect(kinds(JAMIE, "JS review")).toEqual([["initials", "JS"]]);
    expect(kinds(LUCJA, "Ł.W. i LW")).toEqual([
      ["initials", "Ł.W"],
      ["initials", "LW"],
    ]);
    expect(kinds(OLYA, "О.П.")).toEqual([["initials", "О.П"]]);
    expect(kinds({ first: "Alex", surname: "Smith" }, "as soon as we can, js, J S, JSX")).toEqual([]);
  });

  it("does not count the carers' own names, which are meant to be there", () => {
    expect(kinds(JAMIE, "Family meeting – Anna Smith", ["Anna Smith"])).toEqual([]);
    expect(kinds(JAMIE, "Dear Mrs Smith", ["Anna Smith"])).toEqual([["surname", "Smith"]]);
  });
});

describe("diagnosis and needs words", () => {
  it("warns on each, however it is written", () => {
    const found = privacyFindings(
      note(
        "About her ASD, Autistic traits, ADHD and dyslexia; his dyspraxia, DLD and SEMH; PDA; Down's syndrome; " +
          "epilepsy; cerebral palsy; a hearing-impairment and visual impairment; anxiety; self-harm.",
      ),
      JAMIE,
    ).map((f) => (f.kind === "needsWord" ? f.term : f.kind));
    expect(found).toEqual([
      "autism",
      "autism",
      "ADHD",
      "dyslexia",
      "dyspraxia",
      "DLD",
      "SEMH",
      "PDA",
      "Down syndrome",
      "epilepsy",
      "cerebral palsy",
      "hearing impairment",
      "visual impairment",
      "anxiety",
      "self-harm",
    ]);
  });

  it("says where each finding is, and reports each once per place", () => {
    const texts: OutgoingText[] = [
      { where: "purpose", text: "ADHD review, ADHD plan" },
      { where: "eventBody", text: "<p>A meeting about ADHD.</p>" },
      { where: "emailSubject", text: "Meeting times" },
    ];
    expect(privacyFindings(texts, JAMIE)).toEqual([
      { kind: "needsWord", where: "purpose", found: "ADHD", term: "ADHD" },
      { kind: "needsWord", where: "eventBody", found: "ADHD", term: "ADHD" },
    ]);
  });

  it("leaves plan names and the catalogue's purposes alone", () => {
    expect(kinds(JAMIE, "EHCP annual review; the child's plan; CSP; IEP")).toEqual([]);
    for (const type of MEETING_TYPES) expect(kinds(JAMIE, type.purpose), type.id).toEqual([]);
  });
});

describe("on any input", () => {
  const name = fc.string({ unit: "grapheme", minLength: 0, maxLength: 12 });
  const child = fc.record({ first: name, surname: name });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("grapheme", "binary") as never, maxLength: 200 })),
        child,
        fc.array(name, { maxLength: 3 }),
        (texts, c, allowed) => {
          expect(
            Array.isArray(
              privacyFindings(
                texts.map((text) => ({ where: "note", text })),
                c,
                allowed,
              ),
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  }, 20_000);

  it("finds a capitalised first name wherever it is put between spaces", () => {
    const letters = fc.string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzłóëøоляنور"),
      minLength: 2,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        letters,
        (before, after, first) => {
          const capitalised = first.charAt(0).toUpperCase() + first.slice(1);
          const found = privacyFindings(note(`${before} ${capitalised} ${after}`), {
            first: capitalised,
            surname: "",
          });
          expect(found.some((f) => f.kind === "childName")).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  }, 20_000);

  it("takes time in proportion to the text, even for a megabyte built to be slow", () => {
    const hostile = [
      "J. ".repeat(350_000),
      "J.S.".repeat(250_000),
      "Jamie ".repeat(170_000),
      "down s ".repeat(150_000),
      "a".repeat(1_000_000),
      "Z\u0308".repeat(500_000),
      `${"Anna ".repeat(200_000)}Smith`,
      ".".repeat(1_000_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      privacyFindings(note(text), JAMIE, ["Anna Anna Anna Anna Anna Anna Anna Smith"]);
      const ms = performance.now() - started;
      // Quadratic work on a megabyte would take minutes; linear takes about a second on a busy machine.
      expect(ms, text.slice(0, 10)).toBeLessThan(5_000);
    }
  }, 60_000);
});
