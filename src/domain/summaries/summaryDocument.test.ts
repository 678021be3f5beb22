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
    expect(text).toContain("Friday, 18 December 2026: Read daily");
    expect(text).toContain("We will agree a date for the next meeting with you.");
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
