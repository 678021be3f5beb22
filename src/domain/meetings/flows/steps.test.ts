import { describe, expect, it } from "vitest";
import { instant } from "../../time/instant";
import { extraMinutes, lengthened } from "../households";
import type { HouseholdReply, Meeting } from "../meeting";
import { isMeetingError } from "../meetingError";
import { offeredMeeting } from "../testing/meetingFixture";
import { beginCancel } from "./cancelFlow";
import { beginChase, unanswered } from "./chaseFlow";
import { partOf } from "./confirmations";
import { eventAttendees, eventBody, neutralSubject } from "./eventShape";
import { housekeepingFor } from "./expireFlow";
import { beginJoin } from "./joinFlow";
import { afterOffer, beginWithdraw } from "./withdrawFlow";

const deps = { clock: { now: () => instant(Date.UTC(2026, 10, 24)) } };
const reply = (
  carerId: string,
  choice: number | null,
  adjustments: HouseholdReply["answer"]["adjustments"] = [],
): HouseholdReply => ({
  carerId,
  round: 1,
  receivedAt: instant(1),
  answer: {
    ref: "",
    choice,
    availability: "",
    adjustments,
    interpreterLanguage: "",
    otherNeeds: "",
    supporter: carerId === "c1" ? { name: "Jane Smith", relationship: "friend", sharePapers: true } : null,
    speakingOrder: "noPreference",
    message: "",
  },
});

/** A booked meeting with these households on the invitation. */
function bookedWith(households: string[], changes: Partial<Meeting> = {}): Meeting {
  const m = booked(changes);
  return m.booking ? { ...m, booking: { ...m.booking, households } } : m;
}

function booked(changes: Partial<Meeting> = {}): Meeting {
  const m = offeredMeeting();
  const slot = m.offer?.slots[0];
  if (!slot) throw new Error("slot");
  return {
    ...m,
    status: "booked",
    booking: {
      slot,
      eventId: "ev-1",
      joinUrl: "https://teams.microsoft.com/l/x",
      households: ["1"],
      online: true,
    },
    ...changes,
  };
}

describe("each household's part in the booked meeting", () => {
  it("says joining online, coming in with the choice of online, not answered, or another time", () => {
    const m = bookedWith(["1", "2"], { replies: [reply("c2", 1, ["online"])] });
    expect(partOf(m, "2")).toEqual({
      answer: "accepted",
      online: "joining",
      joinUrl: "https://teams.microsoft.com/l/x",
    });
    expect(partOf(m, "1")).toEqual({
      answer: "accepted",
      online: "option",
      joinUrl: "https://teams.microsoft.com/l/x",
    });
    expect(partOf(booked(), "2")).toEqual({ answer: "notAnswered", online: "none", joinUrl: undefined });
    expect(partOf(booked({ replies: [reply("c2", 3)] }), "2")).toMatchObject({
      answer: "otherTime",
      online: "none",
    });
  });
});

describe("what the households ask changes what is booked", () => {
  it("adds time for an interpreter, a longer meeting or breaks asked in a reply, unless the times allowed for it", () => {
    const asked = offeredMeeting({
      replies: [reply("c1", 1, ["interpreter", "longerMeeting"]), reply("c2", 1, ["breaks"])],
    });
    expect(extraMinutes(asked, ["1"])).toBe(60);
    expect(extraMinutes(asked, ["1", "2"])).toBe(75);
    expect(extraMinutes(asked, ["2"])).toBe(15);
    const offer = asked.offer;
    if (!offer) throw new Error("offer");
    expect(extraMinutes({ ...asked, offer: { ...offer, allowedFor: ["interpreter"] } }, ["1"])).toBe(30);
    expect(extraMinutes(offeredMeeting(), ["1", "2"])).toBe(0);
    const slot = offer.slots[0];
    if (!slot) throw new Error("slot");
    expect(lengthened(slot, 30)).toEqual({ ...slot, end: slot.end + 30 * 60_000 });
    expect(lengthened(slot, 0)).toBe(slot);
  });
});

describe("the event", () => {
  it("names a carer in the subject only when households are not kept apart, and never the child", () => {
    expect(neutralSubject(offeredMeeting(), ["1"])).toBe("Family meeting – Samira Aziz");
    expect(neutralSubject(offeredMeeting({ keepApart: true }), ["1", "2"])).toBe("Family meeting");
  });

  it("invites staff, the households that accepted, and the room", () => {
    const slot = offeredMeeting().offer?.slots[0];
    if (!slot) throw new Error("slot");
    expect(eventAttendees(offeredMeeting(), ["2"], slot).map((a) => `${a.type} ${a.email}`)).toEqual([
      "required aileen.macrae@glenmore.example.org",
      "required faisal@example.net",
      "resource family-room@glenmore.example.org",
    ]);
  });

  it("names supporters in the body, escaped, except when households are kept apart", () => {
    const m = offeredMeeting({ purpose: "to plan <next> steps", replies: [reply("c1", 1)] });
    expect(eventBody(m, ["1"])).toBe(
      "<p>A meeting to plan &lt;next&gt; steps.</p><p>Samira Aziz is bringing Jane Smith (friend); papers may be shared with them.</p>",
    );
    expect(eventBody({ ...m, keepApart: true }, ["1"])).not.toContain("Jane Smith");
  });
});

describe("beginning a change", () => {
  it("adds a household that accepted the booked time, and refuses one that chose another", () => {
    const joined = beginJoin(booked(), { carerId: "c2", answer: reply("c2", 1).answer }, deps);
    expect(joined.work).toMatchObject({ flow: "join", carerId: "c2", households: ["2"] });
    expect(joined.replies).toHaveLength(1);
    const other = (() => {
      try {
        return beginJoin(booked(), { carerId: "c2", answer: reply("c2", 2).answer }, deps);
      } catch (e) {
        return e;
      }
    })();
    expect(isMeetingError(other, "differentTime")).toBe(true);
    const already = bookedWith(["1", "2"]);
    expect(beginJoin(already, { carerId: "c2", answer: reply("c2", 1).answer }, deps)).toBe(already);
  });

  it("cancels only what is booked, withdraws only what is offered, and a repeat of a finished one changes nothing", () => {
    expect(() => beginCancel(offeredMeeting(), "", deps)).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: "wrongState" }) }),
    );
    expect(beginCancel(booked(), "  Staff illness  ", deps).work).toMatchObject({
      flow: "cancel",
      reason: "Staff illness",
    });
    const cancelled = booked({ status: "cancelled" });
    expect(beginCancel(cancelled, "", deps)).toBe(cancelled);
    expect(() => beginWithdraw(booked(), "", deps)).toThrow();
    expect(beginWithdraw(offeredMeeting(), "", deps).status).toBe("withdrawing");
  });

  it("chases only households that have not answered, and says when there is no one", () => {
    const m = offeredMeeting({ replies: [reply("c1", 2)] });
    expect(unanswered(m).map((c) => c.name)).toEqual(["Faisal Aziz"]);
    expect(beginChase(m, [], deps).work).toMatchObject({ flow: "chase", households: ["2"] });
    expect(() => beginChase(m, ["2"], deps)).toThrow(
      expect.objectContaining({ problem: { code: "nothingToChase" } }),
    );
  });
});

describe("housekeeping", () => {
  it("expires offers past their time, marks past meetings held, and leaves the rest", () => {
    const m = offeredMeeting();
    const expires = m.offer?.expires ?? 0;
    expect(housekeepingFor(m, expires - 1)).toBeUndefined();
    expect(housekeepingFor(m, expires)).toBe("expire");
    expect(housekeepingFor(booked(), (booked().booking?.slot.end ?? 0) + 1)).toBe("held");
    expect(
      housekeepingFor(
        {
          ...m,
          work: {
            flow: "book",
            attempt: 1,
            startedAt: instant(0),
            slot: 0,
            carerId: "c1",
            reason: "",
            households: [],
            extendBy: 0,
          },
        },
        expires,
      ),
    ).toBeUndefined();
  });

  it("an expired or withdrawn offer to move a meeting leaves the meeting booked as it was", () => {
    const was = booked().booking;
    const moving = offeredMeeting({ status: "rescheduling", replacing: was });
    expect(afterOffer(moving, "expired")).toMatchObject({
      status: "booked",
      booking: was,
      replacing: undefined,
    });
    expect(afterOffer(offeredMeeting(), "expired").status).toBe("expired");
  });
});
