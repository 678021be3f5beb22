import { beforeEach, describe, expect, it } from "vitest";
import { GraphCalendar } from "../../src/adapters/graph/calendar";
import { GraphDirectory } from "../../src/adapters/graph/directory";
import { GraphFreeBusy } from "../../src/adapters/graph/freeBusy";
import { GraphMail } from "../../src/adapters/graph/mail";
import { GraphFamilyContacts } from "../../src/adapters/graph/records/familyImport";
import { GraphRecords } from "../../src/adapters/graph/records/records";
import { GraphRecordsSetup } from "../../src/adapters/graph/records/setup";
import { SiteRef } from "../../src/adapters/graph/site";
import { bookMeeting } from "../../src/domain/meetings/bookMeeting";
import { expireOffers } from "../../src/domain/meetings/expireOffers";
import { planFromJson } from "../../src/domain/meetings/meetingPlan";
import { sendOffer } from "../../src/domain/meetings/sendOffer";
import { EN_CONFIRMATION } from "../../src/domain/offers/confirmationText";
import { EN_OFFER_EMAIL } from "../../src/domain/offers/offerEmailText";
import { decodeOffer } from "../../src/domain/offers/offerLink";
import type { ReplyAnswer } from "../../src/domain/replies/replyAnswer";
import { instant } from "../../src/domain/time/instant";
import { serveDemoTenant, TEST_NOW } from "../support/demoTenantServer";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);
const SITE = "commonground.sharepoint.com:/sites/pastoral";
const ME = "aileen.macrae@glenmore.example.org";
const HOUR = 3_600_000;

async function setUp() {
  const graph = ctx.transport();
  const site = new SiteRef(graph, SITE);
  await new GraphRecordsSetup(graph, site).provision(() => undefined);
  await new GraphFamilyContacts(graph, site).importRows([
    {
      childId: "GP9001",
      childName: "Noor Aziz",
      yearGroup: "P3",
      classTeacherEmail: "",
      carerName: "Samira Aziz",
      relationship: "Mother",
      carerEmail: "samira@example.net",
      preferredLanguage: "pl",
      timeZone: "",
      household: "1",
      standingAdjustments: [],
    },
    {
      childId: "GP9001",
      childName: "Noor Aziz",
      yearGroup: "P3",
      classTeacherEmail: "",
      carerName: "Faisal Aziz",
      relationship: "Father",
      carerEmail: "faisal@example.net",
      preferredLanguage: "en",
      timeZone: "Asia/Dubai",
      household: "2",
      standingAdjustments: [],
    },
  ]);
  const records = new GraphRecords(graph, site);
  const deps = {
    records,
    mail: new GraphMail(graph),
    calendar: new GraphCalendar(graph),
    freeBusy: new GraphFreeBusy(graph),
    clock: { now: () => instant(ctx.now) },
    random: () => 0.42,
    parentPageUrl: "https://app.test/parent.html",
    school: { name: "Glenmore Primary School", phone: "01234 567890", jurisdiction: "scotland" as const },
    sender: { name: "Aileen MacRae", email: ME },
    emailText: () => EN_OFFER_EMAIL,
    confirmationText: () => EN_CONFIRMATION,
    schoolZone: "Europe/London",
    pause: async () => undefined,
  };
  const carers = await new GraphDirectory(graph, site).carers("GP9001");
  // Three Saturday-morning slots a week ahead: nobody's seeded calendar is busy then.
  const saturday = TEST_NOW + 5 * 24 * HOUR;
  const slots = [0, 1, 2].map((i) => ({
    start: instant(saturday + i * HOUR),
    end: instant(saturday + (i + 1) * HOUR),
    roomEmail: "family-room@glenmore.example.org",
    roomName: "Family Room",
  }));
  const draft = {
    childId: "GP9001",
    typeId: "supportPlanReview",
    purpose: "to look together at how things are going and agree the next steps",
    note: "Looking forward to seeing you <both>.",
    format: "inPerson" as const,
    invitees: [
      { email: ME, name: "Aileen MacRae", role: "SENCo", required: true },
      { email: "david.lee@glenmore.example.org", name: "David Lee", role: "Class teacher", required: true },
    ],
    carers,
    slots,
    holds: true,
  };
  return { deps, draft, records };
}

const answer: ReplyAnswer = {
  ref: "",
  choice: 2,
  availability: "",
  adjustments: ["interpreter", "stepFree"],
  interpreterLanguage: "Polish",
  otherNeeds: "",
  supporter: { name: "Jane Smith", relationship: "friend", sharePapers: true },
  speakingOrder: "first",
  message: "Thank you <3",
};

describe("offer, then book the family's choice", () => {
  it("emails each household its own link, holds the times, then books once and tidies up", async () => {
    const { deps, draft, records } = await setUp();
    const offered = await sendOffer(deps, draft);
    const plan = planFromJson(offered.value.data);
    expect(offered.value.status).toBe("offered");
    expect(plan?.carers.map((c) => [c.name, c.lang, c.zone])).toEqual([
      ["Samira Aziz", "pl", "Europe/London"],
      ["Faisal Aziz", "en", "Asia/Dubai"],
    ]);
    const outside = ctx.tenant.snapshot.external;
    expect(outside.map((m) => m.to)).toEqual(["samira@example.net", "faisal@example.net"]);
    const link =
      /href="https:\/\/app\.test\/parent\.html#([^"]+)"/.exec(outside[0]?.message.body?.content ?? "")?.[1] ??
      "";
    const decoded = decodeOffer(link.replaceAll("&amp;", "&"), instant(ctx.now));
    expect(decoded.kind).toBe("ok");
    // The staff note is in the email, escaped: typed text never becomes markup.
    expect(outside[0]?.message.body?.content).toContain("Looking forward to seeing you &lt;both&gt;.");
    if (decoded.kind === "ok")
      expect(decoded.offer.slots).toEqual(draft.slots.map((s) => ({ start: s.start, end: s.end })));
    const mine = () => ctx.tenant.snapshot.calendars[ME] ?? [];
    expect(
      mine().filter(
        (e) =>
          e.subject === "Hold – family meeting" && e.showAs === "tentative" && e.sensitivity === "private",
      ),
    ).toHaveLength(3);

    // A second run (a retry after a failure) sends nothing again.
    await sendOffer(deps, draft, await records.meeting(offered.value.id));
    expect(ctx.tenant.snapshot.external).toHaveLength(2);

    const carerId = plan?.carers[0]?.id ?? "";
    const first = await bookMeeting(deps, offered.value.id, { slot: 1, carerId, answer });
    const again = await bookMeeting(deps, offered.value.id, { slot: 1, carerId, answer });
    expect(first.kind).toBe("booked");
    expect(again.kind).toBe("booked");
    const booked = mine().filter((e) => e.subject === "Family meeting – Samira Aziz");
    expect(booked).toHaveLength(1);
    expect(booked[0]?.sensitivity).toBe("private");
    expect(
      booked[0]?.start?.dateTime?.startsWith(new Date(draft.slots[1]?.start ?? 0).toISOString().slice(0, 19)),
    ).toBe(true);
    // Staff, the replying household and the room; the other household is told by its own email.
    expect(booked[0]?.attendees?.map((a) => a.emailAddress?.address).sort()).toEqual(
      ["david.lee@glenmore.example.org", "family-room@glenmore.example.org", ME, "samira@example.net"].sort(),
    );
    expect(JSON.stringify(booked[0])).not.toContain("Noor");
    expect(mine().filter((e) => e.subject === "Hold – family meeting")).toHaveLength(0);
    const confirmations = ctx.tenant.snapshot.external.filter((m) =>
      m.message.subject?.startsWith("Your meeting with Glenmore Primary School is booked"),
    );
    expect(confirmations.map((m) => m.to)).toEqual(["samira@example.net", "faisal@example.net"]);
    expect(confirmations[0]?.message.body?.content).toContain("An interpreter (Polish)");
    // Separated parents never see each other's requests or supporter.
    expect(confirmations[1]?.message.body?.content).not.toContain("interpreter");
    expect(confirmations[1]?.message.body?.content).not.toContain("Jane Smith");
    expect(confirmations[1]?.message.body?.content).toContain("Your meeting is booked for");
    const timeline = (await records.timeline("GP9001")).map((e) => `${e.kind}: ${e.summary}`);
    expect(timeline).toEqual([
      "offer: 3 times offered to Samira Aziz",
      "offer: 3 times offered to Faisal Aziz",
      expect.stringMatching(/^reply: Samira Aziz chose Saturday 28 November/),
      expect.stringMatching(/^booking: Meeting booked for Saturday 28 November, .*Family Room$/),
      "adjustment: To arrange: An interpreter (Polish)",
      "adjustment: To arrange: Step-free access",
      "note: Samira Aziz will bring Jane Smith (friend)",
    ]);
  });

  it("says the time is taken when someone booked it in between, and books nothing", async () => {
    const { deps, draft } = await setUp();
    const offered = await sendOffer(deps, { ...draft, holds: false });
    const slot = draft.slots[1];
    if (!slot) throw new Error("no slot");
    const davidCalendar = ctx.tenant.snapshot.calendars["david.lee@glenmore.example.org"] ?? [];
    davidCalendar.push({
      id: "ev-clash",
      subject: "Football coaching",
      showAs: "busy",
      start: { dateTime: new Date(slot.start).toISOString().slice(0, 19), timeZone: "UTC" },
      end: { dateTime: new Date(slot.end).toISOString().slice(0, 19), timeZone: "UTC" },
    });
    const plan = planFromJson(offered.value.data);
    const outcome = await bookMeeting(deps, offered.value.id, {
      slot: 1,
      carerId: plan?.carers[0]?.id ?? "",
      answer,
    });
    expect(outcome).toMatchObject({ kind: "taken", busy: ["David Lee"] });
    expect(
      (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) => e.subject?.startsWith("Family meeting")),
    ).toHaveLength(0);
  });

  it("two staff booking the same room and time at once: one wins, the other is told it was taken", async () => {
    const { deps, draft } = await setUp();
    const a = await sendOffer(deps, { ...draft, holds: false });
    // The second meeting is with other staff, so only the room is shared.
    const b = await sendOffer(deps, {
      ...draft,
      holds: false,
      invitees: [
        {
          email: "fiona.grant@glenmore.example.org",
          name: "Fiona Grant",
          role: "Guidance teacher",
          required: true,
        },
      ],
    });
    const carer = (r: typeof a) => planFromJson(r.value.data)?.carers[0]?.id ?? "";
    const [first, second] = await Promise.all([
      bookMeeting(deps, a.value.id, { slot: 0, carerId: carer(a), answer: undefined }),
      bookMeeting(
        { ...deps, sender: { name: "Fiona Grant", email: "fiona.grant@glenmore.example.org" } },
        b.value.id,
        { slot: 0, carerId: carer(b), answer: undefined },
      ),
    ]);
    expect([first.kind, second.kind].sort()).toEqual(["booked", "taken"]);
    const loser = first.kind === "taken" ? first : second;
    expect(loser).toMatchObject({ kind: "taken", busy: ["Family Room"] });
    const roomCalendar = ctx.tenant.snapshot.calendars["family-room@glenmore.example.org"] ?? [];
    const start = new Date(draft.slots[0]?.start ?? 0).toISOString().slice(0, 19);
    expect(roomCalendar.filter((e) => e.start?.dateTime?.startsWith(start))).toHaveLength(1);
  });

  it("an offer that expires releases its holds and leaves the awaiting list", async () => {
    const { deps, draft, records } = await setUp();
    const offered = await sendOffer(deps, draft);
    const holds = () =>
      (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) => e.subject === "Hold – family meeting");
    expect(holds()).toHaveLength(3);
    expect(await expireOffers(deps, await records.meetingsWithStatus("offered"))).toEqual([]);
    ctx.now += 30 * 24 * HOUR;
    expect(await expireOffers(deps, await records.meetingsWithStatus("offered"))).toEqual([offered.value.id]);
    expect(holds()).toHaveLength(0);
    expect(await records.meetingsWithStatus("offered")).toHaveLength(0);
    expect((await records.timeline("GP9001")).at(-1)?.summary).toBe(
      "The offered times expired without a booking",
    );
  });

  it("a double click books once: the second call is refused as a conflict, and one event exists", async () => {
    const { deps, draft } = await setUp();
    const offered = await sendOffer(deps, { ...draft, holds: false });
    const carerId = planFromJson(offered.value.data)?.carers[0]?.id ?? "";
    const results = await Promise.allSettled([
      bookMeeting(deps, offered.value.id, { slot: 0, carerId, answer }),
      bookMeeting(deps, offered.value.id, { slot: 0, carerId, answer }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected && "reason" in rejected ? rejected.reason : undefined).toMatchObject({
      code: "conflict",
    });
    expect(
      (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) => e.subject?.startsWith("Family meeting")),
    ).toHaveLength(1);
  });

  it("a booking interrupted part-way is finished by pressing Book again, at the time first chosen", async () => {
    const { deps, draft, records } = await setUp();
    const offered = await sendOffer(deps, { ...draft, holds: false });
    const carerId = planFromJson(offered.value.data)?.carers[0]?.id ?? "";
    ctx.tenant.injectFault({ kind: "unavailable", method: "POST", path: /sendMail$/ });
    await expect(bookMeeting(deps, offered.value.id, { slot: 0, carerId, answer })).rejects.toMatchObject({
      code: "uncertain",
    });
    expect((await records.meeting(offered.value.id)).value.status).toBe("booking");
    // A different button pressed the second time does not move the meeting.
    const done = await bookMeeting(deps, offered.value.id, { slot: 2, carerId, answer });
    expect(done).toMatchObject({ kind: "booked", slot: { start: draft.slots[0]?.start } });
    const mine = (ctx.tenant.snapshot.calendars[ME] ?? []).filter((e) =>
      e.subject?.startsWith("Family meeting"),
    );
    expect(mine).toHaveLength(1);
    const confirmations = ctx.tenant.snapshot.external.filter((m) =>
      m.message.subject?.includes("is booked"),
    );
    expect(confirmations.map((m) => m.to)).toEqual(["samira@example.net", "faisal@example.net"]);
    expect((await records.meeting(offered.value.id)).value.status).toBe("booked");
  });

  it("a time that has already started cannot be booked", async () => {
    const { deps, draft } = await setUp();
    const offered = await sendOffer(deps, { ...draft, holds: false });
    ctx.now = (draft.slots[0]?.start ?? 0) + 60_000;
    const outcome = await bookMeeting(deps, offered.value.id, { slot: 0, carerId: "", answer: undefined });
    expect(outcome.kind).toBe("passed");
  });
});
