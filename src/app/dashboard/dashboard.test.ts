import { beforeEach, describe, expect, it } from "vitest";
import { TEST_NOW } from "../../../tests/support/demoTenantServer";
import { meetingWorld, SITE, SPLIT_FAMILY } from "../../../tests/support/meetingWorld";
import { GraphSchoolSettings } from "../../adapters/graph/records/schoolSettings";
import { SiteRef } from "../../adapters/graph/site";
import { marked, requestedIn } from "../../domain/adjustments/followUp";
import type { FamilyRow } from "../../domain/families/misCsv";
import type { Meeting } from "../../domain/meetings/meeting";
import { bookedMeeting } from "../../domain/meetings/testing/meetingFixture";
import { emptySections, type SummaryAction } from "../../domain/summaries/summary";
import { DAY_MS, instant } from "../../domain/time/instant";
import { ianaZone } from "../../domain/time/zone";
import { dashboard } from "./dashboard";

/*
 * The team's dashboard over the production Graph adapters, against the demo tenant (msw).
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const other: FamilyRow = {
  ...(SPLIT_FAMILY[0] as FamilyRow),
  childId: "GP7000",
  childName: "Rowan Moss",
  yearGroup: "P7",
  carerName: "Kim Moss",
  carerEmail: "kim.moss@example.net",
  household: "",
};

async function built() {
  const w = await world.setUp([...SPLIT_FAMILY, other]);
  const schoolSettings = new GraphSchoolSettings(w.graph, new SiteRef(w.graph, SITE));
  const board = dashboard({
    directory: w.directory,
    records: w.records,
    schoolSettings,
    clock: w.deps.clock,
    schoolZone: ianaZone("Europe/London"),
  });
  return { w, board, schoolSettings };
}

describe("the dashboard", () => {
  it("shows an open offer with its wait, reviews due, and a P7 child with no transition planning", {
    timeout: 30_000,
  }, async () => {
    const { w, board } = await built();
    await w.offers.send(w.draft);
    ctx.now += 4 * DAY_MS;
    const view = await board.load({ kind: "caseload" });
    expect(view.openOffers.map((o) => [o.childId, o.waitingDays])).toEqual([[w.draft.childId, 4]]);
    expect(view.reviewsDue.map((a) => a.child.id).sort()).toEqual([w.draft.childId, "GP7000"].sort());
    expect(view.transitions.map((t) => [t.child.id, t.stage])).toEqual([["GP7000", "primaryToSecondary"]]);
    expect(view.overdueActions).toEqual([]);
    expect(view.adjustments).toEqual([]);
    expect(view.reviewEveryDays).toBe(122);
  });

  it("narrows to a year group, and reads the review cadence from the school's profile", {
    timeout: 30_000,
  }, async () => {
    const { w, board, schoolSettings } = await built();
    const profile = await schoolSettings.profile();
    if (!profile) throw new Error("The world has no school profile");
    await schoolSettings.saveProfile({ ...profile, reviewsPerYear: 6 });
    await w.store.create(
      bookedMeeting(instant(TEST_NOW - 80 * DAY_MS), { childId: "GP7000", status: "held" }),
    );
    const view = await board.load({ kind: "year", yearGroup: "P7" });
    expect([...view.children.keys()]).toEqual(["GP7000"]);
    expect(view.reviewEveryDays).toBe(61);
    // Held 80 days ago: due every 61 days, so due; three a year would not be.
    expect(view.reviewsDue.map((a) => [a.child.id, a.daysSinceReview])).toEqual([["GP7000", 80]]);
  });
});

const action = (id: string, owner: string, email: string, due: string): SummaryAction => ({
  id,
  what: `Action ${id}`,
  owner: { name: owner, email, carerId: "" },
  due,
});

/** A summarised meeting whose summary (sent a week after it) holds these actions, some marked done. */
function summarised(childId: string, heldDaysAgo: number, actions: SummaryAction[], done: string[]): Meeting {
  const start = TEST_NOW - heldDaysAgo * DAY_MS;
  return bookedMeeting(instant(start), {
    childId,
    status: "summarised",
    summary: {
      current: {
        version: 1,
        sentAt: instant(start + 7 * DAY_MS),
        draft: {
          meetingId: "",
          childId,
          people: [],
          sections: emptySections(),
          actions,
          next: { kind: "toArrange" },
          subject: "Meeting summary",
          changes: "",
        },
      },
      earlier: [],
      done: done.map((actionId) => ({ actionId, by: "Aileen MacRae", at: instant(TEST_NOW - DAY_MS) })),
    },
  });
}

describe("the dashboard's overdue actions and adjustments to arrange", () => {
  it("reads overdue actions from the records' summaries: not done, due before today in the school's zone, by owner", {
    timeout: 30_000,
  }, async () => {
    const { w, board } = await built();
    // Today is Monday 23 November 2026 in London.
    const first = await w.store.create(
      summarised(
        w.draft.childId,
        40,
        [
          action("a1", "Aileen MacRae", "aileen.macrae@glenmore.example.org", "2026-11-20"),
          action("a2", "Callum Reid", "callum.reid@glenmore.example.org", "2026-11-22"),
          action("a3", "Aileen MacRae", "aileen.macrae@glenmore.example.org", "2026-11-23"),
          action("a4", "Callum Reid", "callum.reid@glenmore.example.org", "2026-11-01"),
          action("a5", "Samira Aziz", "", ""),
        ],
        ["a4"],
      ),
    );
    const second = await w.store.create(
      summarised("GP7000", 60, [action("b1", "Aileen MacRae", "", "2026-10-30")], []),
    );
    const view = await board.load({ kind: "caseload" });
    expect(
      view.overdueActions.map((o) => [o.owner, o.actions.map((a) => [a.meetingId, a.text, a.due])]),
    ).toEqual([
      [
        "Aileen MacRae",
        [
          [second.id, "Action b1", "2026-10-30"],
          [first.id, "Action a1", "2026-11-20"],
        ],
      ],
      ["Callum Reid", [[first.id, "Action a2", "2026-11-22"]]],
    ]);

    // The next day, the action due on the 23rd is late too; a year group narrows to its children.
    ctx.now += DAY_MS;
    const p7 = await board.load({ kind: "year", yearGroup: "P7" });
    expect(p7.overdueActions.map((o) => [o.owner, o.actions.map((a) => a.actionId)])).toEqual([
      ["Aileen MacRae", ["b1"]],
    ]);
    const all = await board.load({ kind: "caseload" });
    expect(
      all.overdueActions.find((o) => o.owner === "Aileen MacRae")?.actions.map((a) => a.actionId),
    ).toEqual(["b1", "a1", "a3"]);
  });

  it("lists the follow-ups still requested on booked meetings ahead, not arranged ones or past meetings", {
    timeout: 30_000,
  }, async () => {
    const { w, board } = await built();
    const asked = requestedIn("2", "c2", {
      ref: "CG-BBBB-BBBB",
      choice: 1,
      availability: "",
      adjustments: ["interpreter", "stepFree"],
      interpreterLanguage: "Arabic",
      otherNeeds: "",
      supporter: null,
      speakingOrder: "first",
      message: "",
    });
    const followed = asked.map((f) =>
      f.kind === "stepFree" ? marked(f, { state: "arranged" }, "Aileen MacRae", instant(TEST_NOW)) : f,
    );
    const ahead = await w.store.create(
      bookedMeeting(instant(TEST_NOW + 3 * DAY_MS), { childId: w.draft.childId, adjustments: followed }),
    );
    await w.store.create(
      bookedMeeting(instant(TEST_NOW - 2 * DAY_MS), { childId: w.draft.childId, adjustments: asked }),
    );
    const view = await board.load({ kind: "caseload" });
    expect(view.adjustments.map((a) => [a.meetingId, a.followUpId, a.askedBy, a.request])).toEqual([
      [ahead.id, "2:interpreter", "Faisal Aziz", "An interpreter (Arabic)"],
      [ahead.id, "2:speakingOrder", "Faisal Aziz", expect.stringMatching(/\(first\)$/)],
    ]);
    expect(view.adjustments[0]?.start).toBe(TEST_NOW + 3 * DAY_MS);
  });
});
