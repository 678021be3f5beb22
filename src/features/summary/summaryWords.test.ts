import { describe, expect, it } from "vitest";
import { staffText } from "../../domain/i18n/staffMessages";
import { findingText, sectionHint, sectionLabel } from "./summaryWords";

const name = (id: string) => (id === "a1" ? "1 (“Call the nurse”)" : id);

describe("the composer's words, from the staff catalogue", () => {
  it("labels each section, with a hint where one helps", () => {
    expect(sectionLabel("notAgreed")).toBe("What was not agreed");
    expect(sectionHint("notAgreed")).toBe("Say it honestly: the family will read it.");
    expect(sectionHint("agreed")).toBeUndefined();
    expect(sectionHint("discussed")).toContain("its items are here to start from");
  });

  it("puts each finding in plain words, with the section and the words found", () => {
    expect(findingText({ kind: "emptySection", section: "strengths" }, name)).toBe(
      "“Strengths” is empty. Send it like that?",
    );
    expect(findingText({ kind: "actionNoDate", actionId: "a1", what: "Call the nurse" }, name)).toBe(
      "Action 1 (“Call the nurse”) has no date: choose when it is due.",
    );
    expect(findingText({ kind: "subjectChildName", found: "Grace" }, name)).toContain(
      "The email subject names the child (“Grace”).",
    );
    expect(
      findingText({ kind: "jargon", section: "agreed", term: "IEP", plain: "a plan for learning" }, name),
    ).toBe(
      "In “What was agreed, and why”, “IEP” may be new to the family. It means: a plan for learning. Explain it, or keep it if they know it.",
    );
  });

  it("says how a family felt in words, and saves as staff see it", () => {
    expect(staffText("summary.answers.listened", { listened: "partly" })).toBe("felt listened to: Partly");
    expect(staffText("summary.answers.listened", { listened: "no" })).toBe("felt listened to: No");
    expect(staffText("summary.save.savedBy", { time: "9:05", who: "Jamie Campbell" })).toBe(
      "Saved at 9:05 by Jamie Campbell.",
    );
    expect(staffText("summary.sent", { version: 2 })).toBe(
      "Version 2 was sent to each household, filed in the child's record, and its actions added to the timeline.",
    );
  });
});
