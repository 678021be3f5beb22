import { describe, expect, it } from "vitest";
import type { Carer } from "../../domain/school/people";
import { localDateFromIso } from "../../domain/time/localDate";
import { ianaZone } from "../../domain/time/zone";
import { blankForm } from "./findTimesDraft";
import { type FindTimesAction, type FindTimesState, findTimesReducer, openedState } from "./findTimesState";
import { aidenForm, child, NOW, STAFF, searchOf, slot } from "./testing/fixtures";

const run = (state: FindTimesState, ...actions: FindTimesAction[]) => actions.reduce(findTimesReducer, state);
const monday = localDateFromIso("2026-11-30");

const carer = (change: Partial<Carer> = {}): Carer => ({
  id: "c1",
  childId: "GP1002",
  name: "Ola Nowak",
  email: "ola@example.net",
  relationship: "Mother",
  preferredLanguage: "pl",
  timeZone: undefined,
  household: "1",
  standingAdjustments: ["Interpreter (Polish)"],
  ...change,
});

describe("the find-times screen's state", () => {
  const searched = run(
    openedState(aidenForm({ picks: ["afterSchool"], days: [2] }), true),
    { type: "searchStarted", id: 1 },
    {
      type: "searchDone",
      week: monday,
      search: searchOf(aidenForm(), {
        kind: "found",
        slots: [slot("2026-12-01T15:30:00Z", 60)],
        candidateCount: 1,
      }),
    },
    { type: "toggled", start: Date.parse("2026-12-01T15:30:00Z") },
  );

  it("opening another child's form carries nothing over: preferences, errors, results and ticks all go", () => {
    const next = run(
      searched,
      { type: "invalid", field: "minutes" },
      {
        type: "opened",
        form: blankForm("GP1002", NOW, "Europe/London"),
        saved: false,
      },
    );
    expect(next.form.childId).toBe("GP1002");
    expect(next.form.picks).toEqual([]);
    expect(next.form.days).toEqual([]);
    expect(next).toMatchObject({
      attempted: false,
      search: undefined,
      chosen: [],
      week: undefined,
      edited: false,
    });
    // A fresh form for a child is filled in from what the school knows; a saved draft is not.
    expect(next.prefill).toBe(true);
    expect(openedState(aidenForm(), true).prefill).toBe(false);
    expect(openedState(blankForm("", NOW, "Europe/London"), false).prefill).toBe(false);
  });

  it("keeps what was typed, and the field messages, when the child is chosen for a form that had none", () => {
    const typed = run(
      openedState(blankForm("", NOW, "Europe/London"), false),
      { type: "changed", change: { picks: ["mornings"] } },
      { type: "invalid", field: "child" },
      { type: "childChosen", childId: "GP1002" },
    );
    expect(typed.form).toMatchObject({ childId: "GP1002", picks: ["mornings"] });
    expect(typed).toMatchObject({ attempted: true, edited: true, prefill: true });
  });

  it("fills a fresh form in from the family, keeping what staff chose meanwhile", () => {
    const opened = run(openedState(blankForm("GP1002", NOW, "Europe/London"), false), {
      type: "changed",
      change: { staff: { "aileen@school.example": "optional" }, adjustments: ["stepFree"] },
    });
    const facts = {
      child: child("GP1002", "Zofia Nowak", "jamie@school.example"),
      carers: [carer({ timeZone: ianaZone("Europe/Warsaw") }), carer({ id: "c2", standingAdjustments: [] })],
      staff: STAFF,
      schoolZone: "Europe/London",
    };
    const filled = run(opened, { type: "prefilled", childId: "GP1002", facts });
    expect(filled.form.staff).toEqual({
      "aileen@school.example": "optional",
      "jamie@school.example": "required",
    });
    expect(filled.form.adjustments).toEqual(["stepFree", "interpreter"]);
    expect(filled.form.familyZone).toBe("Europe/Warsaw");
    expect(filled.form.partySize).toBe(2);
    expect(filled.prefill).toBe(false);
    // Details that arrive for a child no longer on screen are dropped.
    expect(run(opened, { type: "prefilled", childId: "GP1001", facts })).toBe(opened);
  });

  it("asks for the first field to be focused each time Find times is pressed with something to fix", () => {
    const once = run(searched, { type: "invalid", field: "child" });
    const twice = run(once, { type: "invalid", field: "child" });
    expect(once.focus).toEqual({ field: "child" });
    expect(twice.focus).not.toBe(once.focus);
    expect(twice.attempted).toBe(true);
  });

  it("shows a Microsoft 365 failure for the page, and clears it when the next search starts", () => {
    const failed = run(
      searched,
      { type: "searchStarted", id: 2 },
      { type: "searchFailed", id: 2, message: "Microsoft 365 is not answering just now." },
    );
    expect(failed.searchError).toBe("Microsoft 365 is not answering just now.");
    expect(failed.searching).toBeUndefined();
    expect(run(failed, { type: "searchStarted", id: 3 }).searchError).toBeUndefined();
  });

  it("drops the answer to a search that is no longer the one under way", () => {
    const started = run(searched, { type: "searchStarted", id: 2 });
    const late = run(
      started,
      { type: "opened", form: aidenForm(), saved: true },
      {
        type: "searchDone",
        week: monday,
        search: searchOf(aidenForm(), { kind: "found", slots: [], candidateCount: 0 }, 2),
      },
    );
    expect(late.search).toBeUndefined();
    expect(run(started, { type: "searchFailed", id: 1, message: "old" }).searchError).toBeUndefined();
  });

  it("stops keeping the draft once the offer has gone, until staff change something again", () => {
    const sent = run(searched, { type: "sent" });
    expect(sent.edited).toBe(false);
    expect(sent.search).toBe(searched.search);
    expect(run(sent, { type: "changed", change: { minutes: 45 } }).edited).toBe(true);
  });
});
