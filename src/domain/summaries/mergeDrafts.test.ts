import { describe, expect, it } from "vitest";
import { keepBoth, sectionDifferences } from "./mergeDrafts";
import { emptySections, type SummaryAction, type SummaryDraft } from "./summary";

const draft = (over: Partial<SummaryDraft> = {}): SummaryDraft => ({
  meetingId: "7",
  childId: "GP1",
  people: [],
  sections: emptySections(),
  actions: [],
  next: { kind: "toArrange" },
  subject: "",
  changes: "",
  ...over,
});
const owner = { name: "Ms Reid", email: "", carerId: "" };
const action = (id: string, what: string): SummaryAction => ({ id, what, owner, due: "2026-12-01" });

describe("two versions of one summary draft", () => {
  const theirs = draft({
    sections: { ...emptySections(), strengths: "Reads every evening.", discussed: "Mornings." },
    actions: [action("a1", "Visual timetable")],
  });
  const mine = draft({
    sections: { ...emptySections(), strengths: "Reads every evening.", agreed: "A quiet corner." },
    actions: [action("a1", "Visual timetable for home"), action("a2", "Call the therapist")],
    subject: "Our meeting",
  });

  it("lists the sections written differently, with both texts", () => {
    expect(sectionDifferences(mine, theirs)).toEqual([
      { section: "discussed", mine: "", theirs: "Mornings." },
      { section: "agreed", mine: "A quiet corner.", theirs: "" },
    ]);
  });

  it("keeping both loses no words and no action of either", () => {
    const kept = keepBoth(mine, theirs);
    expect(kept.sections).toEqual({
      ...emptySections(),
      strengths: "Reads every evening.",
      discussed: "Mornings.",
      agreed: "A quiet corner.",
    });
    expect(kept.actions.map((a) => [a.id, a.what])).toEqual([
      ["a1", "Visual timetable"],
      ["a1-mine", "Visual timetable for home"],
      ["a2", "Call the therapist"],
    ]);
    expect(kept.subject).toBe("Our meeting");
  });

  it("two different texts in one section are both kept, theirs first", () => {
    const kept = keepBoth(
      draft({ sections: { ...emptySections(), discussed: "Lunchtimes." } }),
      draft({ sections: { ...emptySections(), discussed: "Mornings." } }),
    );
    expect(kept.sections.discussed).toBe("Mornings.\n\nLunchtimes.");
  });
});
