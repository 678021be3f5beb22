import { describe, expect, it } from "vitest";
import { documentText } from "../documents/document";
import { documentHtml } from "../documents/documentHtml";
import { asFamilyLocale } from "../i18n/testing/locale";
import { bookedMeeting } from "../meetings/testing/meetingFixture";
import type { ReplyAnswer } from "../replies/replyAnswer";
import { schoolCalendarFromJson } from "../school/schoolCalendarJson";
import { instant } from "../time/instant";
import { ianaZone } from "../time/zone";
import { agendaChanges, agendaMinutes, agendaOverrun, newAgenda } from "./agenda";
import { agendaDocument } from "./agendaDocument";
import { agendaInputs } from "./agendaInputs";
import { BUILT_IN_TEMPLATES, templateFor, templateOrigin } from "./agendaTemplates";
import { agendaDueAt, agendaSchoolDays, reminderAt } from "./agendaTiming";
import { templateIssues } from "./templateSchema";

const START = Date.UTC(2026, 11, 3, 15, 30); // Thursday 3 December 2026, 3:30pm in London
const SCHOOL = { phone: "01463 555 0100" };

function answer(extra: Partial<ReplyAnswer>): ReplyAnswer {
  return {
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
  };
}

/** Samira's household booked, with a reply as given; staff: a SENCo and a class teacher. */
function meetingWith(reply: Partial<ReplyAnswer> | undefined, typeId = "supportPlanReview") {
  return bookedMeeting(START, {
    typeId,
    invitees: [
      { email: "aileen.macrae@glenmore.example.org", name: "Aileen MacRae", role: "SENCo", required: true },
      { email: "david.lee@glenmore.example.org", name: "David Lee", role: "Class teacher", required: true },
    ],
    replies: reply
      ? [{ carerId: "c1", round: 1, answer: answer(reply), receivedAt: instant(Date.UTC(2026, 10, 24)) }]
      : [],
  });
}

const keysOf = (items: readonly { key?: string; fromCarer?: string }[]) =>
  items.map((i) => i.key ?? (i.fromCarer ? `family:${i.fromCarer}` : "own"));

describe("templates", () => {
  it("every built-in template has strengths, the family's views and the child's views", () => {
    for (const t of BUILT_IN_TEMPLATES)
      expect(keysOf(t.items), t.id).toEqual(
        expect.arrayContaining(["strengths", "familyViews", "childViews"]),
      );
  });

  it("chooses by jurisdiction: a child's plan or CSP review in Scotland, SEN support or EHCP review in England", () => {
    expect(templateFor("supportPlanReview", "scotland", [])?.id).toBe("scotland-childs-plan-review");
    expect(templateFor("annualReview", "scotland", [])?.id).toBe("scotland-csp-review");
    expect(templateFor("supportPlanReview", "england", [])?.id).toBe("england-sen-support-review");
    expect(templateFor("annualReview", "england", [])?.id).toBe("england-ehcp-annual-review");
    expect(templateFor("transitionPlanning", "england", [])?.id).toBe("england-transition");
    expect(templateFor("initialConcern", "scotland", [])?.id).toBe("initial-concern");
    expect(templateFor("checkIn", "england", [])?.id).toBe("check-in");
    const sen = templateFor("supportPlanReview", "england", []);
    expect(keysOf(sen?.items ?? [])).toEqual([
      "welcome",
      "strengths",
      "familyViews",
      "childViews",
      "assess",
      "plan",
      "doSupport",
      "review",
      "nextSteps",
    ]);
  });

  it("a school's own template for the type is used before the built-in one", () => {
    const own = {
      ...BUILT_IN_TEMPLATES[0],
      id: "ours",
      label: "Our review",
    } as (typeof BUILT_IN_TEMPLATES)[0];
    expect(templateFor("supportPlanReview", "scotland", [own])?.id).toBe("ours");
    expect(templateFor("supportPlanReview", "england", [own])?.id).toBe("england-sen-support-review");
  });
});

describe("an agenda per meeting", () => {
  it("Scotland, no supporter and no family items: the template's items, as they are", () => {
    const meeting = meetingWith(undefined);
    const template = templateFor("supportPlanReview", "scotland", []);
    if (!template) throw new Error("template");
    const agenda = newAgenda(meeting, template);
    expect(keysOf(agenda.items)).toEqual(keysOf(template.items));
    expect(agendaMinutes(agenda.items)).toBe(60);
    const text = documentText(
      agendaDocument(
        meeting,
        agenda.items,
        {
          locale: asFamilyLocale("en"),
          lang: "en",
          zone: "Europe/London",
          households: agendaInputs(meeting),
        },
        SCHOOL,
      ),
    );
    expect(text).toContain("Aileen MacRae, SENCo: plans and checks the extra support at school");
    expect(text).toContain("David Lee, Class teacher: teaches your child every day");
    expect(text).toContain("Samira Aziz, family");
    expect(text).toContain("What is going well: strengths and interests (10 minutes, led by David Lee)");
    expect(text).toContain("Your views (10 minutes, led by you)");
    expect(text.some((l) => /supporter|coming with you/.test(l))).toBe(false);
  });

  it("England, with a supporter and the family's own item, speaking first and breaks: their views come first", () => {
    const meeting = meetingWith({
      speakingOrder: "first",
      adjustments: ["breaks", "largePrint"],
      supporter: { name: "Ann Byrne", relationship: "friend", sharePapers: true },
      message: "Lunchtimes in the dining hall",
    });
    const template = templateFor("supportPlanReview", "england", []);
    if (!template) throw new Error("template");
    const agenda = newAgenda(meeting, template);
    expect(keysOf(agenda.items)).toEqual([
      "welcome",
      "familyViews",
      "family:c1",
      "strengths",
      "childViews",
      "breakTime",
      "assess",
      "plan",
      "doSupport",
      "review",
      "nextSteps",
    ]);
    const doc = agendaDocument(
      meeting,
      agenda.items,
      { locale: asFamilyLocale("en"), lang: "en", zone: "Europe/London", households: agendaInputs(meeting) },
      SCHOOL,
    );
    expect(doc.variant).toBe("largePrint");
    const text = documentText(doc);
    expect(text).toContain("Ann Byrne (friend), coming to support Samira Aziz");
    expect(text).toContain(
      "Samira Aziz asked to talk about this, in their words: Lunchtimes in the dining hall (5 minutes, led by you)",
    );
    expect(text).toContain("You asked to speak first. We will hear from you before staff speak.");
    expect(text).toContain("Papers in large print");
    expect(text).toContain(
      "Ann Byrne is coming with you. You said we may share the papers with them, so please pass this agenda on.",
    );
  });

  it("asking to hear staff first puts the family's views just before what is agreed", () => {
    const meeting = meetingWith({ speakingOrder: "after" });
    const template = templateFor("initialConcern", "scotland", []);
    if (!template) throw new Error("template");
    expect(keysOf(newAgenda(meeting, template).items)).toEqual([
      "welcome",
      "strengths",
      "childViews",
      "concernsShared",
      "whatMightHelp",
      "familyViews",
      "nextSteps",
    ]);
  });

  it("a family item with HTML in it is text in the HTML body, escaped", () => {
    const meeting = meetingWith({ message: '<b>Bullying</b> <img src=x onerror="alert(1)">' });
    const template = templateFor("checkIn", "scotland", []);
    if (!template) throw new Error("template");
    const agenda = newAgenda(meeting, template);
    const html = documentHtml(
      agendaDocument(
        meeting,
        agenda.items,
        {
          locale: asFamilyLocale("en"),
          lang: "en",
          zone: "Europe/London",
          households: agendaInputs(meeting),
        },
        SCHOOL,
      ),
      { title: "h2" },
    );
    expect(html).toContain("&lt;b&gt;Bullying&lt;/b&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<img");
  });

  it("in Polish: fixed words in Polish, staff's own item as written and labelled as the school's words", () => {
    const meeting = meetingWith(undefined);
    const template = templateFor("checkIn", "scotland", []);
    if (!template) throw new Error("template");
    const agenda = newAgenda(meeting, template);
    const items = [
      ...agenda.items,
      { id: "n1", title: "Swimming lessons", minutes: 5, lead: "classTeacher" as const },
    ];
    const doc = agendaDocument(
      meeting,
      items,
      { locale: asFamilyLocale("pl"), lang: "pl", zone: "Europe/London", households: agendaInputs(meeting) },
      SCHOOL,
    );
    expect(doc.title).toBe("Plan naszego spotkania");
    expect(doc.lang).toBe("pl");
    expect(documentText(doc)).toContain(
      "Słowami szkoły, po angielsku: Swimming lessons (5 minut, prowadzi: David Lee)",
    );
  });

  it("households kept apart: the invitation's copy names no household", () => {
    const meeting = { ...meetingWith({ message: "Our item" }), keepApart: true };
    const template = templateFor("checkIn", "scotland", []);
    if (!template) throw new Error("template");
    const agenda = newAgenda(meeting, template);
    const text = documentText(
      agendaDocument(
        meeting,
        agenda.items,
        { locale: asFamilyLocale("en"), lang: "en", zone: "Europe/London", households: [] },
        SCHOOL,
      ),
    ).join("\n");
    expect(text).not.toContain("Samira");
    expect(text).not.toContain("Our item");
  });
});

describe("versions", () => {
  it("lists items added, taken off and changed", () => {
    const a = {
      id: "t1",
      key: "welcome" as const,
      title: "Welcome and introductions",
      minutes: 5,
      lead: "chair" as const,
    };
    const b = { id: "t2", title: "Reading", minutes: 10, lead: "classTeacher" as const };
    const c = { id: "t3", title: "Maths", minutes: 10, lead: "classTeacher" as const };
    const changes = agendaChanges(
      [a, b, c],
      [a, { ...b, minutes: 15 }, { id: "n4", title: "Trips", minutes: 5, lead: "chair" }],
    );
    expect(changes.map((x) => [x.kind, x.item.title])).toEqual([
      ["changed", "Reading"],
      ["added", "Trips"],
      ["removed", "Maths"],
    ]);
    expect(agendaChanges([a, b], [b, a])).toEqual([]);
  });
});

describe("timing", () => {
  // An autumn term with an in-service day on Monday 16 November.
  const calendar = schoolCalendarFromJson({
    zone: "Europe/London",
    terms: [{ first: "2026-10-26", last: "2026-12-22" }],
    closures: [{ first: "2026-11-16", last: "2026-11-16" }],
    weekdays: [1, 2, 3, 4, 5],
    day: { from: "08:30", to: "17:00" },
  });
  it("the agenda is due 5 school days before, weekends not counted; longer when the type's notice is", () => {
    expect(agendaSchoolDays(undefined, 2)).toBe(5);
    expect(agendaSchoolDays(3, 10)).toBe(10);
    // Thursday 3 December: five school days back is Thursday 26 November, from midnight in London.
    expect(new Date(agendaDueAt(instant(START), 5, calendar)).toISOString()).toBe("2026-11-26T00:00:00.000Z");
    // Thirteen back skips the in-service day on Monday 16 November: Friday 13 November.
    expect(new Date(agendaDueAt(instant(START), 13, calendar)).toISOString()).toBe(
      "2026-11-13T00:00:00.000Z",
    );
  });

  it("the reminder is at 9am on the day before, on the school's clock (after the clocks change too)", () => {
    expect(new Date(reminderAt(instant(START), ianaZone("Europe/London"))).toISOString()).toBe(
      "2026-12-02T09:00:00.000Z",
    );
    const summer = instant(Date.UTC(2026, 2, 30, 14)); // Monday 30 March, the day after the clocks go forward
    expect(new Date(reminderAt(summer, ianaZone("Europe/London"))).toISOString()).toBe(
      "2026-03-29T08:00:00.000Z",
    );
  });
});

describe("an agenda longer than the booking", () => {
  const item = (minutes: number) => ({ id: `i${minutes}`, title: "x", minutes, lead: "chair" as const });
  it("gives the figures when the items run over, and nothing when they fit", () => {
    expect(agendaOverrun([item(40), item(35)], 60)).toEqual({ planned: 75, booked: 60, over: 15 });
    expect(agendaOverrun([item(30), item(30)], 60)).toBeUndefined();
    // An item whose minutes are being typed (not a number yet) counts as none.
    expect(agendaOverrun([item(50), item(Number.NaN)], 45)).toEqual({ planned: 50, booked: 45, over: 5 });
  });
});

describe("editing templates", () => {
  it("lists each problem that stops a template being saved, items counted from 1", () => {
    const base = BUILT_IN_TEMPLATES[0];
    if (!base) throw new Error("no template");
    expect(templateIssues(base)).toEqual([]);
    expect(
      templateIssues({
        ...base,
        label: "  ",
        items: [
          { title: "", minutes: 5, lead: "chair" },
          { title: "Fine", minutes: 300, lead: "chair" },
        ],
      }),
    ).toEqual([{ code: "noName" }, { code: "itemTitle", item: 1 }, { code: "itemMinutes", item: 2 }]);
    expect(templateIssues({ ...base, items: [] })).toEqual([{ code: "noItems" }]);
  });

  it("tells built-in, changed built-in and the school's own apart", () => {
    const base = BUILT_IN_TEMPLATES[0];
    if (!base) throw new Error("no template");
    expect(templateOrigin(base.id, [])).toBe("builtIn");
    expect(templateOrigin(base.id, [{ ...base, label: "Ours" }])).toBe("changedBuiltIn");
    expect(templateOrigin("own-1", [{ ...base, id: "own-1" }])).toBe("own");
  });
});
