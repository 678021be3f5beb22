import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../meetings/meeting";
import type { MeetingStatus } from "../meetings/meetingStatus";
import type { MeetingTypeId } from "../meetings/meetingTypes";
import { bookedMeeting, offeredMeeting } from "../meetings/testing/meetingFixture";
import type { Carer, Child } from "../school/people";
import { DAY_MS, instant } from "../time/instant";
import {
  ATTENTION_FILTERS,
  type AttentionFilter,
  attentionCounts,
  childAttention,
  householdCount,
  isReviewDue,
  lastReview,
  longestOpenOffer,
  REVIEW_EVERY_DAYS,
  standingAdjustments,
  withAttention,
} from "./childAttention";

const NOW = instant(Date.UTC(2026, 10, 23, 9));

const child = (changes: Partial<Child> = {}): Child => ({
  id: "GP9001",
  name: "Noor Aziz",
  yearGroup: "P3",
  classTeacherId: undefined,
  keepHouseholdsApart: false,
  ...changes,
});

const carer = (household: string, standingAdjustments: string[] = [], name = "Samira Aziz"): Carer => ({
  id: `c-${household}-${name}`,
  childId: "GP9001",
  name,
  email: "samira@example.net",
  relationship: "Mother",
  preferredLanguage: "en",
  timeZone: undefined,
  household,
  standingAdjustments,
});

/** A meeting of a type and state, booked to start `daysAgo` days before NOW (negative: ahead). */
function meeting(
  typeId: MeetingTypeId,
  status: MeetingStatus,
  daysAgo: number,
): { id: string; meeting: Meeting } {
  const start = instant(NOW - daysAgo * DAY_MS);
  return {
    id: `m-${typeId}-${status}-${daysAgo}`,
    meeting: bookedMeeting(start, { typeId, status }),
  };
}

describe("review due", () => {
  it("is three reviews a year: due after 122 days", () => {
    expect(REVIEW_EVERY_DAYS).toBe(122);
  });

  it("is due with no review on record", () => {
    expect(isReviewDue(undefined, NOW)).toBe(true);
  });

  it("is not due on the last day of the cadence, and due a millisecond after", () => {
    expect(isReviewDue(instant(NOW - 122 * DAY_MS), NOW)).toBe(false);
    expect(isReviewDue(instant(NOW - 122 * DAY_MS - 1), NOW)).toBe(true);
  });

  it("is not due when a review is booked ahead", () => {
    expect(isReviewDue(instant(NOW + 10 * DAY_MS), NOW)).toBe(false);
  });

  it("counts only booked, held or summarised review meetings, latest first", () => {
    expect(
      lastReview([
        meeting("supportPlanReview", "held", 200),
        meeting("annualReview", "summarised", 50),
        meeting("supportPlanReview", "cancelled", 5),
        meeting("checkIn", "held", 2),
        meeting("initialConcern", "booked", 1),
      ]),
    ).toBe(NOW - 50 * DAY_MS);
    expect(lastReview([meeting("checkIn", "held", 2), meeting("supportPlanReview", "withdrawn", 3)])).toBe(
      undefined,
    );
  });

  it("makes a child due when the only review was 123 days ago, and not when one is booked", () => {
    const old = meeting("supportPlanReview", "summarised", 123);
    const a = childAttention(child(), [carer("1")], [old], NOW);
    expect([a.reviewDue, a.daysSinceReview]).toEqual([true, 123]);
    const booked = childAttention(child(), [carer("1")], [old, meeting("annualReview", "booked", -14)], NOW);
    expect([booked.reviewDue, booked.daysSinceReview]).toEqual([false, 0]);
  });
});

describe("households", () => {
  it("counts distinct households, a blank one as the first", () => {
    expect(householdCount([carer("1"), carer("1", [], "Omar Aziz")])).toBe(1);
    expect(householdCount([carer(""), carer("1", [], "Omar Aziz")])).toBe(1);
    expect(householdCount([carer("1"), carer("2", [], "Faisal Aziz")])).toBe(2);
    expect(householdCount([])).toBe(0);
  });

  it("says kept apart only for separate households the school keeps apart", () => {
    const split = [carer("1"), carer("2", [], "Faisal Aziz")];
    expect(childAttention(child({ keepHouseholdsApart: true }), split, [], NOW).keptApart).toBe(true);
    expect(childAttention(child({ keepHouseholdsApart: false }), split, [], NOW).keptApart).toBe(false);
    // A flag left on a family now in one household has nothing to keep apart.
    expect(childAttention(child({ keepHouseholdsApart: true }), [carer("1")], [], NOW).keptApart).toBe(false);
  });
});

describe("standing adjustments", () => {
  it("lists each once, in the first carer's words", () => {
    expect(
      standingAdjustments([
        carer("1", ["Interpreter (Polish)", " Quiet  room "]),
        carer("2", ["quiet room", "Step-free access", ""], "Faisal Aziz"),
      ]),
    ).toEqual(["Interpreter (Polish)", "Quiet room", "Step-free access"]);
  });
});

describe("open offers", () => {
  it("gives the longest-waiting offer and its whole days", () => {
    const sent = (days: number, id: string) => ({
      id,
      meeting: offeredMeeting({
        offer: { ...(offeredMeeting().offer as NonNullable<Meeting["offer"]>), sentAt: instant(NOW - days) },
      }),
    });
    expect(longestOpenOffer([sent(2.5 * DAY_MS, "a"), sent(6 * DAY_MS + 5, "b")], NOW)).toEqual({
      meetingId: "b",
      waitingDays: 6,
    });
    expect(longestOpenOffer([sent(DAY_MS - 1, "a")], NOW)).toEqual({ meetingId: "a", waitingDays: 0 });
  });

  it("counts an offer still being sent from when it was started, and ignores booked ones", () => {
    const sending = offeredMeeting({
      status: "offering",
      offer: undefined,
      createdAt: instant(NOW - 3 * DAY_MS),
    });
    expect(longestOpenOffer([{ id: "s", meeting: sending }], NOW)).toEqual({
      meetingId: "s",
      waitingDays: 3,
    });
    expect(longestOpenOffer([meeting("supportPlanReview", "booked", -3)], NOW)).toBe(undefined);
  });
});

describe("filters", () => {
  const list = [
    childAttention(child({ id: "a", name: "A" }), [carer("1"), carer("2", [], "B")], [], NOW),
    childAttention(
      child({ id: "b", name: "B" }),
      [carer("1", ["Hearing loop"])],
      [meeting("annualReview", "held", 10)],
      NOW,
    ),
    childAttention(
      child({ id: "c", name: "C" }),
      [carer("1", ["Hearing loop"]), carer("2", [], "D")],
      [{ id: "o", meeting: offeredMeeting() }],
      NOW,
    ),
  ];

  it("counts each filter on its own", () => {
    expect(attentionCounts(list)).toEqual({ households: 2, adjustments: 2, offer: 1, review: 2 });
  });

  it("combines chosen filters: a child must match every one", () => {
    const ids = (f: AttentionFilter[]) => withAttention(list, new Set(f)).map((a) => a.child.id);
    expect(ids([])).toEqual(["a", "b", "c"]);
    expect(ids(["households"])).toEqual(["a", "c"]);
    expect(ids(["households", "adjustments"])).toEqual(["c"]);
    expect(ids(["adjustments", "review"])).toEqual(["c"]);
    expect(ids(["offer", "review", "adjustments", "households"])).toEqual(["c"]);
  });

  it("never shows more under more filters, and each count is what its filter alone shows", () => {
    const arbCarer = fc.record({
      household: fc.constantFrom("", "1", "2", "3"),
      adjustments: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
    });
    const arbChild = fc.record({
      apart: fc.boolean(),
      carers: fc.array(arbCarer, { maxLength: 4 }),
      reviewDaysAgo: fc.option(fc.integer({ min: -60, max: 400 }), { nil: undefined }),
      offered: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbChild, { maxLength: 12 }),
        fc.subarray([...ATTENTION_FILTERS]),
        (kids, chosen) => {
          const all = kids.map((k, i) =>
            childAttention(
              child({ id: String(i), keepHouseholdsApart: k.apart }),
              k.carers.map((c, j) => carer(c.household, c.adjustments, `Carer ${j}`)),
              [
                ...(k.reviewDaysAgo === undefined
                  ? []
                  : [meeting("supportPlanReview", "held", k.reviewDaysAgo)]),
                ...(k.offered ? [{ id: `o${i}`, meeting: offeredMeeting() }] : []),
              ],
              NOW,
            ),
          );
          const counts = attentionCounts(all);
          for (const f of ATTENTION_FILTERS) expect(withAttention(all, new Set([f])).length).toBe(counts[f]);
          const shown = withAttention(all, new Set(chosen));
          for (const f of chosen) expect(shown.length).toBeLessThanOrEqual(counts[f]);
          for (const a of all) {
            expect(a.keptApart).toBe(a.households > 1 && a.child.keepHouseholdsApart);
            expect(a.reviewDue).toBe(
              a.daysSinceReview === undefined || a.daysSinceReview > REVIEW_EVERY_DAYS,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
