import { describe, expect, it } from "vitest";
import { newAgenda } from "../agendas/agenda";
import { templateFor } from "../agendas/agendaTemplates";
import { bookedMeeting } from "../meetings/testing/meetingFixture";
import type { ReplyAnswer } from "../replies/replyAnswer";
import { instant } from "../time/instant";
import { prefillSummary } from "./prefill";

const START = Date.UTC(2026, 11, 3, 15, 30);

const answer = (extra: Partial<ReplyAnswer>): ReplyAnswer => ({
  ref: "CG-AAAA-AAAA",
  choice: 1,
  availability: "",
  adjustments: [],
  interpreterLanguage: "",
  otherNeeds: "",
  supporter: null,
  speakingOrder: "noPreference",
  message: "",
  ...extra,
});

const replied = (extra: Partial<ReplyAnswer>) =>
  bookedMeeting(START, {
    replies: [
      { carerId: "c1", round: 1, answer: answer(extra), receivedAt: instant(Date.UTC(2026, 10, 24)) },
    ],
  });

describe("a summary filled in from the meeting record", () => {
  it("with no agenda, leaves what was discussed empty", () => {
    const draft = prefillSummary(bookedMeeting(START), "7");
    expect(draft.sections.discussed).toBe("");
    expect(draft.meetingId).toBe("7");
    expect(draft.people.map((p) => `${p.name}: ${p.attendance}`)).toEqual([
      "Aileen MacRae: present",
      "Samira Aziz: present",
      "Faisal Aziz: apologies",
    ]);
  });

  it("seeds what was discussed with the agenda's items, one a line, breaks left out", () => {
    const meeting = replied({ adjustments: ["breaks"] });
    const template = templateFor("supportPlanReview", "scotland", []);
    if (!template) throw new Error("no built-in template");
    const agenda = newAgenda(meeting, template);
    expect(agenda.items.some((i) => i.key === "breakTime")).toBe(true);
    const draft = prefillSummary(
      {
        ...meeting,
        agenda: {
          ...agenda,
          items: [...agenda.items, { id: "n9", title: "  Lunchtimes  ", minutes: 5, lead: "chair" }],
        },
      },
      "7",
    );
    const lines = draft.sections.discussed.split("\n");
    expect(lines.slice(0, agenda.items.length)).toEqual([
      ...agenda.items.filter((i) => i.key !== "breakTime").map((i) => i.title),
      "Lunchtimes",
    ]);
    expect(lines).toContain("What is going well: strengths and interests");
    expect(lines).not.toContain("A short break");
    // What the family asked for still follows the agenda.
    expect(lines.at(-1)).toMatch(/^Adjustments arranged for the meeting: Samira Aziz asked for: /);
  });

  it("keeps a family's own item in their words", () => {
    const meeting = replied({ message: "Can we talk about the school bus?" });
    const template = templateFor("supportPlanReview", "scotland", []);
    if (!template) throw new Error("no built-in template");
    const draft = prefillSummary({ ...meeting, agenda: newAgenda(meeting, template) }, "7");
    expect(draft.sections.discussed.split("\n")).toContain("Can we talk about the school bus?");
    expect(draft.sections.familyViews).toBe(
      'Before the meeting, Samira Aziz wrote: "Can we talk about the school bus?"',
    );
  });
});
