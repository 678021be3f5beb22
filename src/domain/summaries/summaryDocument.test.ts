import { describe, expect, it } from "vitest";
import { documentText } from "../documents/document";
import { asFamilyLocale } from "../i18n/testing/locale";
import { instant } from "../time/instant";
import { RIGHTS } from "./rights";
import { emptySections, type SentSummary } from "./summary";
import { summaryDocument } from "./summaryDocument";
import { summarySubject } from "./summaryEmail";
import { SUMMARY_MESSAGES } from "./summaryMessages";

const SENT: SentSummary = {
  version: 1,
  sentAt: instant(0),
  draft: {
    meetingId: "7",
    childId: "GP1",
    people: [{ name: "Ms Reid", role: "Class teacher", email: "", attendance: "present" }],
    sections: { ...emptySections(), agreed: "<b>More reading</b>" },
    actions: [
      { id: "a", what: "Read daily", owner: { name: "Dad", email: "", carerId: "c1" }, due: "2026-12-18" },
    ],
    next: { kind: "toArrange" },
    subject: "",
    changes: "",
  },
};
const FRAME = {
  meetingStart: Date.UTC(2026, 11, 1, 15),
  zone: "Europe/London",
  author: "Ms Reid",
  jurisdiction: "scotland" as const,
};
const reader = { locale: asFamilyLocale("en"), carerIds: ["c1"], variant: "standard" as const };

describe("a summary's document", () => {
  it("switches what a family can do if they disagree with the school's jurisdiction", () => {
    const scotland = documentText(summaryDocument(SENT, reader, FRAME)).join("\n");
    const england = documentText(summaryDocument(SENT, reader, { ...FRAME, jurisdiction: "england" })).join(
      "\n",
    );
    expect(scotland).toContain("Enquire: free advice in Scotland");
    expect(scotland).toContain("The Health and Education Chamber: you can ask it");
    expect(scotland).not.toContain("SENDIASS");
    expect(england).toContain("SENDIASS: free advice near you");
    expect(england).toContain("The First-tier Tribunal (SEND)");
    expect(england).toContain(
      "https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability",
    );
    expect(england).not.toContain("Enquire");
  });

  it("keeps every route's source as data", () => {
    for (const routes of Object.values(RIGHTS))
      for (const r of routes) {
        expect(r.url).toMatch(/^https:\/\//);
        expect(r.source.length).toBeGreaterThan(20);
      }
    expect(RIGHTS.scotland.map((r) => r.id)).toEqual([
      "enquire",
      "mediation",
      "disputeResolution",
      "tribunal",
    ]);
    expect(RIGHTS.scotland.every((r) => r.source.includes("Additional Support for Learning"))).toBe(true);
  });

  it("shows staff text as written (never markup) and the family's own action worded for them", () => {
    const text = documentText(summaryDocument(SENT, reader, FRAME));
    expect(text).toContain("<b>More reading</b>");
    expect(text).toContain("You: Read daily, by Friday 18 December");
    expect(text).toContain("You (Dad)");
    expect(text).toContain("We will agree a date for the next meeting with you.");
  });

  it("words the family's own actions for them in their language, staff's words labelled as written", () => {
    const doc = summaryDocument(
      {
        ...SENT,
        draft: {
          ...SENT.draft,
          actions: [
            ...SENT.draft.actions,
            {
              id: "b",
              what: "Bring the reading log",
              owner: { name: "Dad", email: "", carerId: "c1" },
              due: "",
            },
            { id: "c", what: "Call the nurse", owner: { name: "Ms Reid", email: "", carerId: "" }, due: "" },
          ],
        },
      },
      { ...reader, locale: asFamilyLocale("pl") },
      FRAME,
    );
    const text = documentText(doc);
    expect(text).toContain("Państwo: Read daily. Termin: piątek, 18 grudnia");
    expect(text).toContain("Państwo: Bring the reading log (jeszcze bez terminu)");
    expect(text).toContain(
      "Ms Reid napisał(a) po angielsku, kto co zrobi. Pokazujemy to tak, jak zostało napisane.",
    );
    const table = doc.blocks.find((b) => b.kind === "table" && b.rows.length === 3);
    expect(table?.kind === "table" && table.rows.map((r) => r[1])).toEqual([
      "Państwo (Dad)",
      "Państwo (Dad)",
      "Ms Reid",
    ]);
    // Only the household's own: another household reads the owner's name, and no "your actions".
    const other = documentText(summaryDocument(SENT, { ...reader, carerIds: ["c2"] }, FRAME));
    expect(other.some((l) => l.startsWith("You:"))).toBe(false);
    expect(other).not.toContain("Things we agreed you would do");
  });

  it("in easy read, asks each heading as a question and says one thing to a line, staff's words as written", () => {
    const doc = summaryDocument(
      { ...SENT, draft: { ...SENT.draft, next: { kind: "date", date: "2027-02-03" } } },
      { ...reader, variant: "easyRead" },
      FRAME,
    );
    expect(doc.variant).toBe("easyRead");
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(headings).toEqual([
      "Who came to the meeting?",
      "What is going well?",
      "What did your family tell us?",
      "What did your child tell us?",
      "How did we ask your child?",
      "What did we talk about?",
      "What did we agree? Why?",
      "What did we not agree?",
      "Who will do what?",
      "Who can you talk to?",
      "When is the next meeting?",
      "What if you do not agree?",
    ]);
    expect(doc.blocks).toContainEqual({
      kind: "paragraph",
      text: "<b>More reading</b>",
      label: "Ms Reid wrote this:",
    });
    const text = documentText(doc);
    for (const line of [
      "Ms Reid (Class teacher) came.",
      "You will do this:",
      "Ms Reid wrote this: Read daily",
      "When: by Friday, 18 December 2026.",
      "We did not write anything here.",
      "We will meet again on Wednesday, 3 February 2027.",
      "You can get free help.",
      "https://enquire.org.uk",
    ])
      expect(text).toContain(line);
    // No table: one idea to a line.
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    // Every fixed line is a short sentence.
    const fixed = doc.blocks.flatMap((b) => (b.kind === "paragraph" && !b.label ? [b.text] : []));
    for (const line of fixed.filter((l) => !l.startsWith("https://")))
      expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(20);
    expect(
      summaryDocument(SENT, { ...reader, locale: asFamilyLocale("cy"), variant: "easyRead" }, FRAME).blocks,
    ).toContainEqual({
      kind: "paragraph",
      text: "<b>More reading</b>",
      label: "Ysgrifennodd Ms Reid hyn yn Saesneg:",
    });
  });

  it("in large print, has the standard words (the renderer draws them bigger)", () => {
    const standard = summaryDocument(SENT, reader, FRAME);
    const large = summaryDocument(SENT, { ...reader, variant: "largePrint" }, FRAME);
    expect(large.variant).toBe("largePrint");
    expect(large.blocks).toEqual(standard.blocks);
  });

  it("labels staff text in the family's language and reads right to left in Arabic", () => {
    const doc = summaryDocument(SENT, { ...reader, locale: asFamilyLocale("ar") }, FRAME);
    expect(doc.dir).toBe("rtl");
    expect(doc.lang).toBe("ar");
    expect(doc.blocks).toContainEqual({
      kind: "paragraph",
      text: "<b>More reading</b>",
      label: "كتبها Ms Reid، باللغة الإنجليزية:",
    });
  });

  it("has every message in every family language, each with the same placeholders as English", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [locale, table] of Object.entries(SUMMARY_MESSAGES))
      for (const [key, text] of Object.entries(table ?? {})) {
        expect(text.trim(), `${locale}.${key}`).not.toBe("");
        expect(placeholders(text), `${locale}.${key}`).toEqual(
          placeholders(SUMMARY_MESSAGES.en[key as keyof typeof SUMMARY_MESSAGES.en]),
        );
      }
  });

  it("the email subject is the family's fixed one unless staff wrote their own", () => {
    const base = { version: 1, meetingStart: FRAME.meetingStart, zone: FRAME.zone, staffSubject: "" };
    expect(summarySubject({ ...base, locale: asFamilyLocale("en") })).toBe(
      "Notes from our meeting on Tuesday 1 December",
    );
    expect(summarySubject({ ...base, locale: asFamilyLocale("cy"), version: 2 })).toBe(
      "Nodiadau wedi'u cywiro o'n cyfarfod ar Dydd Mawrth, 1 Rhagfyr (fersiwn 2)",
    );
    expect(summarySubject({ ...base, locale: asFamilyLocale("en"), staffSubject: " Our notes " })).toBe(
      "Our notes",
    );
  });
});
