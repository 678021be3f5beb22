import type * as G from "@microsoft/microsoft-graph-types";
import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant, TEST_NOW } from "../support/demoTenantServer";
import { call, fixture, gapsFrom } from "./graphCall";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

const DAVID = "david.lee@glenmore.example.org";
const HOUR = 3_600_000;
const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: "UTC" });
const person = (address: string, name: string): G.Attendee => ({
  type: "required",
  emailAddress: { address, name },
});
const ATTENDEES = [
  person(DAVID, "David Lee"),
  person("samira@example.net", "Samira Aziz"),
  person("faisal@example.net", "Faisal Aziz"),
];
/** Properties of Microsoft's update example the fake leaves out (none of them matter to Common Ground). */
const UPDATE_NOT_MODELLED = [
  "$.originalStartTimeZone",
  "$.originalEndTimeZone",
  "$.reminderMinutesBeforeStart",
  "$.isReminderOn",
  "$.categories",
  "$.onlineMeeting.conferenceId",
  "$.onlineMeeting.tollNumber",
];

async function createMeeting(extra: Partial<G.Event> = {}) {
  const start = TEST_NOW + 5 * 24 * HOUR;
  const res = await call("POST", "/me/events", {
    subject: "Family meeting",
    body: { contentType: "html", content: "<p>About Noor</p>" },
    start: at(start),
    end: at(start + HOUR),
    attendees: ATTENDEES,
    ...extra,
  });
  expect(res.status).toBe(201);
  return { event: res.body as G.Event, start };
}

const outside = () => ctx.tenant.snapshot.external.map((m) => m.message as G.EventMessageRequest);
const to = (m: G.Message) => (m.toRecipients ?? []).map((r) => r.emailAddress?.address);
const copyOf = (address: string, iCalUId: string | null | undefined) =>
  (ctx.tenant.snapshot.calendars[address] ?? []).find((e) => e.iCalUId === iCalUId);

describe("hideAttendees", () => {
  it("is kept and returned, and each attendee sees only themselves", async () => {
    const { event } = await createMeeting({ hideAttendees: true });
    expect(event.hideAttendees).toBe(true);
    const read = await call("GET", `/me/events/${event.id}`);
    expect(read.body).toMatchObject({ hideAttendees: true });
    expect((read.body as G.Event).attendees).toHaveLength(3);
    const davids = copyOf(DAVID, event.iCalUId);
    expect(davids?.hideAttendees).toBe(true);
    expect(davids?.attendees?.map((a) => a.emailAddress?.address)).toEqual([DAVID]);
    expect(outside().map((m) => [to(m), m.subject, m.meetingRequestType])).toEqual([
      [["samira@example.net"], "Family meeting", "newMeetingRequest"],
      [["faisal@example.net"], "Family meeting", "newMeetingRequest"],
    ]);
    expect(outside()[0]?.body?.content).toContain("<p>About Noor</p>");
  });

  it("when not set, every attendee's invitation names them all", async () => {
    const { event } = await createMeeting();
    expect(event.hideAttendees).toBe(false);
    expect(gapsFrom("event-create", event, ["$.@odata.etag", "$.onlineMeeting"])).not.toContain(
      "$.hideAttendees",
    );
    expect(outside().map(to)).toEqual([
      [DAVID, "samira@example.net", "faisal@example.net"],
      [DAVID, "samira@example.net", "faisal@example.net"],
    ]);
    expect(ctx.tenant.snapshot.external.map((m) => m.to)).toEqual([
      "samira@example.net",
      "faisal@example.net",
    ]);
  });

  it("a repeated create (same transactionId) sends no second invitation", async () => {
    await createMeeting({ transactionId: "t-1" });
    await createMeeting({ transactionId: "t-1" });
    expect(outside()).toHaveLength(2);
  });
});

describe("PATCH", () => {
  it("isOnlineMeeting on a meeting that had none creates the Teams meeting, once", async () => {
    const { event } = await createMeeting();
    expect(event).toMatchObject({
      isOnlineMeeting: false,
      onlineMeeting: null,
      onlineMeetingProvider: "unknown",
    });
    const res = await call("PATCH", `/me/events/${event.id}`, {
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
    });
    expect(res.status).toBe(fixture("event-update").response.status);
    expect(gapsFrom("event-update", res.body, UPDATE_NOT_MODELLED)).toEqual([]);
    const joinUrl = (res.body as G.Event).onlineMeeting?.joinUrl ?? "";
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/);
    expect(res.body).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" });
    // "Outlook ignores any further changes to isOnlineMeeting, and the meeting remains available online."
    const after = await call("PATCH", `/me/events/${event.id}`, { isOnlineMeeting: false });
    expect((after.body as G.Event).onlineMeeting?.joinUrl).toBe(joinUrl);
    expect(after.body).toMatchObject({ isOnlineMeeting: true });
    // Families are sent the link in an update.
    const updates = outside().filter((m) => m.meetingRequestType === "informationalUpdate");
    expect(updates.map(to)).toHaveLength(2);
    expect(updates[0]?.body?.content).toContain(joinUrl);
  });

  it("the same shape as create: an online meeting made either way has the same joinUrl form", async () => {
    const { event } = await createMeeting({
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
    });
    const other = await createMeeting();
    const patched = await call("PATCH", `/me/events/${other.event.id}`, { isOnlineMeeting: true });
    const shape = (url: string | null | undefined) => url?.replace(/meeting_[^%]+%40/, "meeting_ID%40");
    expect(shape((patched.body as G.Event).onlineMeeting?.joinUrl)).toBe(shape(event.onlineMeeting?.joinUrl));
    expect(outside().at(-1)?.body?.content).toContain("Join the meeting now");
  });

  it("invites only the attendees added; moving the time updates everyone", async () => {
    const { event, start } = await createMeeting({ hideAttendees: true });
    const before = outside().length;
    const added = person("gran@example.net", "Gran Aziz");
    await call("PATCH", `/me/events/${event.id}`, { attendees: [...ATTENDEES, added] });
    expect(
      outside()
        .slice(before)
        .map((m) => [to(m), m.meetingRequestType]),
    ).toEqual([[["gran@example.net"], "newMeetingRequest"]]);
    const moved = await call("PATCH", `/me/events/${event.id}`, {
      start: at(start + HOUR),
      end: at(start + 2 * HOUR),
    });
    expect(moved.status).toBe(200);
    const updates = outside().slice(before + 1);
    expect(updates.map((m) => [to(m), m.meetingRequestType])).toEqual([
      [["samira@example.net"], "fullUpdate"],
      [["faisal@example.net"], "fullUpdate"],
      [["gran@example.net"], "fullUpdate"],
    ]);
    expect(updates[0]?.previousStartDateTime?.dateTime?.slice(0, 19)).toBe(at(start).dateTime);
    expect(updates[0]?.startDateTime?.dateTime?.slice(0, 19)).toBe(at(start + HOUR).dateTime);
    expect(copyOf(DAVID, event.iCalUId)?.start?.dateTime?.slice(0, 19)).toBe(at(start + HOUR).dateTime);
  });
});

describe("PATCH of attendees and copies", () => {
  it("an attendee removed by the organiser is sent a cancellation; the others hear nothing", async () => {
    const { event } = await createMeeting();
    const before = outside().length;
    await call("PATCH", `/me/events/${event.id}`, { attendees: ATTENDEES.slice(0, 2) });
    expect(
      outside()
        .slice(before)
        .map((m) => [to(m), m.subject]),
    ).toEqual([[["faisal@example.net"], "Canceled: Family meeting"]]);
  });

  it("an attendee's change stays on their own copy and tells no one", async () => {
    const { event } = await createMeeting();
    const copy = copyOf(DAVID, event.iCalUId);
    const before = outside().length;
    const res = await call("PATCH", `/users/${DAVID}/events/${copy?.id}`, { subject: "My note to self" });
    expect(res.status).toBe(200);
    expect((await call("GET", `/me/events/${event.id}`)).body).toMatchObject({ subject: "Family meeting" });
    expect(outside()).toHaveLength(before);
  });
});

describe("cancel", () => {
  it("by the organiser: the meeting goes from every calendar and every attendee is told, with the comment", async () => {
    const { event } = await createMeeting({ hideAttendees: true });
    const before = outside().length;
    const res = await call("POST", `/me/events/${event.id}/cancel`, {
      comment: "Sorry, the school is closed.",
    });
    expect(res.status).toBe(fixture("event-cancel").response.status);
    expect(res.body).toBeUndefined();
    const cancels = outside().slice(before);
    expect(cancels.map((m) => [to(m), m.subject, m.meetingMessageType])).toEqual([
      [["samira@example.net"], "Canceled: Family meeting", "meetingCancelled"],
      [["faisal@example.net"], "Canceled: Family meeting", "meetingCancelled"],
    ]);
    expect(cancels[0]?.body?.content).toContain("Sorry, the school is closed.");
    const inbox = ctx.tenant.snapshot.mailboxes[DAVID] ?? [];
    expect(inbox.map((m) => m.subject)).toContain("Canceled: Family meeting");
    expect(copyOf(DAVID, event.iCalUId)).toBeUndefined();
    expect((await call("GET", `/me/events/${event.id}`)).status).toBe(404);
    expect((await call("POST", `/me/events/${event.id}/cancel`, { comment: "again" })).status).toBe(404);
  });

  it("by an attendee: refused as Graph documents, and nothing changes", async () => {
    const { event } = await createMeeting();
    const copy = copyOf(DAVID, event.iCalUId);
    const before = outside().length;
    const res = await call("POST", `/users/${DAVID}/events/${copy?.id}/cancel`, { Comment: "Can't come" });
    const documented = fixture("error-cancel-not-organizer").response;
    expect(res.status).toBe(documented.status);
    expect(res.body).toMatchObject(documented.body as object);
    expect(gapsFrom("error-shape", res.body)).toEqual([]);
    expect(outside()).toHaveLength(before);
    expect((await call("GET", `/me/events/${event.id}`)).status).toBe(200);
  });

  it("deleting the organiser's meeting cancels it too (without a comment)", async () => {
    const { event } = await createMeeting();
    const before = outside().length;
    expect((await call("DELETE", `/me/events/${event.id}`)).status).toBe(
      fixture("event-delete").response.status,
    );
    expect(
      outside()
        .slice(before)
        .map((m) => [to(m).length, m.subject]),
    ).toEqual([
      [3, "Canceled: Family meeting"],
      [3, "Canceled: Family meeting"],
    ]);
  });
});

describe("request counter", () => {
  it("counts the HTTP requests answered, a $batch as one", async () => {
    await call("GET", "/me");
    ctx.tenant.resetRequestLog();
    await call("GET", "/users?$select=id");
    await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: "/users/u-tom.okafor" },
        { id: "2", method: "GET", url: "/users/u-david.lee" },
      ],
    });
    expect(ctx.tenant.requestCount).toBe(2);
    expect(ctx.tenant.requestLog).toEqual([
      { method: "GET", path: "/users" },
      { method: "POST", path: "/$batch", batched: 2 },
    ]);
  });
});
