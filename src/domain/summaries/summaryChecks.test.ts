import { describe, expect, it } from "vitest";
import { childNameOf } from "../privacy/privacyGuard";
import { emptySections, type SummaryDraft } from "./summary";
import { checkSummary, mustFix } from "./summaryChecks";

const draft = (over: Partial<SummaryDraft> = {}): SummaryDraft => ({
  meetingId: "7",
  childId: "GP1",
  people: [],
  sections: {
    strengths: "Sam reads well.",
    familyViews: "Dad is pleased.",
    childViews: "Sam likes maths.",
    childViewsHow: "We talked at break.",
    discussed: "Reading.",
    agreed: "More reading.",
    notAgreed: "Nothing.",
    contacts: "Ms Reid.",
  },
  actions: [],
  next: { kind: "toArrange" },
  subject: "",
  changes: "",
  ...over,
});
const SAM = childNameOf("Sam Jones");
const opts = { subject: "Notes from our meeting", correction: false };

describe("checks before a summary is sent", () => {
  it("a clean summary has nothing to fix", () => {
    expect(checkSummary(draft(), SAM, opts)).toEqual([]);
  });

  it("flags an action without an owner or a date, and one without words, as things to fix", () => {
    const found = checkSummary(
      draft({
        actions: [
          {
            id: "a",
            what: "Call the clinic",
            owner: { name: "", email: "", carerId: "" },
            due: "2026-12-01",
          },
          { id: "b", what: "Visit", owner: { name: "Ms Reid", email: "", carerId: "" }, due: "" },
          { id: "c", what: " ", owner: { name: "Ms Reid", email: "", carerId: "" }, due: "2026-12-01" },
        ],
      }),
      SAM,
      opts,
    );
    expect(found).toEqual([
      { kind: "actionNoOwner", actionId: "a", what: "Call the clinic" },
      { kind: "actionNoDate", actionId: "b", what: "Visit" },
      { kind: "actionNoWhat", actionId: "c" },
    ]);
    expect(found.every(mustFix)).toBe(true);
  });

  it("flags an empty section to confirm, not to fix", () => {
    const found = checkSummary(draft({ sections: { ...draft().sections, notAgreed: "  " } }), SAM, opts);
    expect(found).toEqual([{ kind: "emptySection", section: "notAgreed" }]);
    expect(found.some(mustFix)).toBe(false);
    expect(checkSummary(draft({ sections: emptySections() }), SAM, opts)).toHaveLength(8);
  });

  it("flags the child's name (must fix) and a needs word (to confirm) in the email subject", () => {
    const found = checkSummary(draft(), SAM, {
      subject: "SAM JONES – autism review notes",
      correction: false,
    });
    expect(found.map((f) => f.kind)).toEqual(["subjectChildName", "subjectNeedsWord"]);
    expect(found.map(mustFix)).toEqual([true, false]);
  });

  it("explains jargon from the glossary and flags long sentences, without forbidding them", () => {
    const long = `${Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ")}.`;
    const found = checkSummary(
      draft({
        sections: {
          ...draft().sections,
          agreed: "We will review the IEP and use differentiation in class. The EHCP stays.",
          discussed: long,
        },
      }),
      SAM,
      opts,
    );
    expect(found.filter((f) => f.kind === "jargon").map((f) => (f.kind === "jargon" ? f.term : ""))).toEqual([
      "differentiation",
      "IEP",
      "EHCP",
    ]);
    expect(found.find((f) => f.kind === "jargon")).toMatchObject({
      section: "agreed",
      plain: "changing the work or how it is taught so that it suits the child",
    });
    expect(found.filter((f) => f.kind === "longSentence")).toEqual([
      { kind: "longSentence", section: "discussed", words: 30, start: "word0 word1 word2 word3 word4 word5" },
    ]);
    expect(found.some(mustFix)).toBe(false);
  });

  it("a correction must say what changed", () => {
    expect(checkSummary(draft(), SAM, { ...opts, correction: true })).toEqual([{ kind: "noChanges" }]);
    expect(checkSummary(draft({ changes: "The date." }), SAM, { ...opts, correction: true })).toEqual([]);
  });
});
