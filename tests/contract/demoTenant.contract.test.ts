import { beforeEach, describe, expect, it } from "vitest";
import { GraphRecordsSetup } from "../../src/adapters/graph/records/setup";
import { SiteRef } from "../../src/adapters/graph/site";
import { serveDemoTenant, TEST_NOW } from "../support/demoTenantServer";
import { call, fixture, gapsFrom } from "./graphCall";

const { ctx, reset } = serveDemoTenant();
const SITE = "commonground.sharepoint.com:/sites/pastoral";

/**
 * Properties in Microsoft's examples that the demo tenant leaves out on purpose, each with why.
 * Anything not listed here must be present with the documented JSON type.
 */
const NOT_MODELLED: Record<string, string[]> = {
  "places-rooms": ["$.value[0].isManaged", "$.value[0].displayDevice"], // in the example but not in the room resource's documented properties
  "event-create": [
    "$.@odata.etag",
    "$.originalStartTimeZone",
    "$.originalEndTimeZone",
    "$.reminderMinutesBeforeStart",
    "$.isReminderOn",
    "$.hasAttachments",
    "$.bodyPreview",
    "$.importance",
    "$.isDraft",
    "$.type",
    "$.seriesMasterId",
    "$.onlineMeetingUrl",
    "$.occurrenceId",
    "$.categories",
    "$.locations",
    "$.onlineMeeting.conferenceId",
    "$.onlineMeeting.tollNumber",
    "$.location.locationType",
    "$.location.uniqueId",
    "$.location.uniqueIdType",
  ],
};

function gaps(name: string, ours: unknown): string[] {
  return gapsFrom(name, ours, NOT_MODELLED[name]);
}

beforeEach(reset);

describe("the demo tenant answers in the shapes of Microsoft's documented examples", () => {
  it("users and rooms", async () => {
    const users = await call("GET", "/users?$select=displayName,id");
    expect(users.status).toBe(fixture("users-list").response.status);
    expect(gaps("users-list", users.body)).toEqual([]);
    const rooms = await call("GET", "/places/microsoft.graph.room");
    expect(gaps("places-rooms", rooms.body)).toEqual([]);
  });

  it("getSchedule", async () => {
    const start = new Date(TEST_NOW).toISOString().slice(0, 19);
    const end = new Date(TEST_NOW + 9 * 3_600_000).toISOString().slice(0, 19);
    const res = await call("POST", "/me/calendar/getSchedule", {
      schedules: ["priya.sharma@glenmore.example.org", "family-room@glenmore.example.org"],
      startTime: { dateTime: start, timeZone: "UTC" },
      endTime: { dateTime: end, timeZone: "UTC" },
      availabilityViewInterval: 60,
    });
    expect(res.status).toBe(200);
    expect(gaps("getschedule", res.body)).toEqual([]);
    const view = (res.body as { value: { availabilityView: string }[] }).value[0]?.availabilityView;
    expect(view).toMatch(/^[0-4]{9}$/);
  });

  it("events: create, update, attach, cancel, delete", async () => {
    const start = new Date(TEST_NOW + 86_400_000).toISOString().slice(0, 19);
    const end = new Date(TEST_NOW + 86_400_000 + 3_600_000).toISOString().slice(0, 19);
    const created = await call("POST", "/me/events", {
      subject: "Family meeting",
      body: { contentType: "HTML", content: "<p>Hello</p>" },
      start: { dateTime: start, timeZone: "UTC" },
      end: { dateTime: end, timeZone: "UTC" },
      location: { displayName: "Family Room" },
      attendees: [
        {
          emailAddress: { address: "priya.sharma@glenmore.example.org", name: "Priya Sharma" },
          type: "required",
        },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      transactionId: "contract-1",
    });
    expect(created.status).toBe(fixture("event-create").response.status);
    expect(gaps("event-create", created.body)).toEqual([]);
    const id = (created.body as { id: string }).id;
    const updated = await call("PATCH", `/me/events/${id}`, { subject: "Family meeting (moved)" });
    expect(updated.status).toBe(fixture("event-update").response.status);
    const attached = await call("POST", `/me/events/${id}/attachments`, {
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: "agenda.pdf",
      contentType: "application/pdf",
      contentBytes: "SGVsbG8=",
    });
    expect(attached.status).toBe(fixture("event-attachment").response.status);
    expect(
      gaps("event-attachment", attached.body).filter(
        (g) => !["$.@odata.context", "$.contentId", "$.contentLocation"].includes(g),
      ),
    ).toEqual([]);
    expect((await call("POST", `/me/events/${id}/cancel`, { comment: "Sorry" })).status).toBe(
      fixture("event-cancel").response.status,
    );
    const again = await call("POST", "/me/events", {
      subject: "x",
      start: { dateTime: start, timeZone: "UTC" },
      end: { dateTime: end, timeZone: "UTC" },
    });
    expect((await call("DELETE", `/me/events/${(again.body as { id: string }).id}`)).status).toBe(
      fixture("event-delete").response.status,
    );
  });

  it("mail: send, draft, list", async () => {
    const message = {
      subject: "Hello",
      body: { contentType: "Text", content: "Hi" },
      toRecipients: [{ emailAddress: { address: "parent@example.net" } }],
    };
    expect((await call("POST", "/me/sendMail", { message })).status).toBe(
      fixture("sendmail").response.status,
    );
    const draft = await call("POST", "/me/messages", message);
    expect(draft.status).toBe(fixture("message-create").response.status);
    const list = await call("GET", "/me/messages?$select=sender,subject");
    expect(gaps("messages-list", list.body)).toEqual([]);
  });

  it("SharePoint: site, lists, columns, items", async () => {
    const site = await call("GET", `/sites/${SITE}`);
    expect(gaps("site-by-path", site.body).filter((g) => g !== "$.description")).toEqual([]);
    await new GraphRecordsSetup(ctx.transport(), new SiteRef(ctx.transport(), SITE)).provision(
      () => undefined,
    );
    const siteId = (site.body as { id: string }).id;
    const lists = await call("GET", `/sites/${siteId}/lists`);
    expect(
      gaps("lists-list", lists.body).filter(
        (g) => !g.includes("createdBy") && !g.includes("lastModifiedBy") && !g.includes(".eTag"),
      ),
    ).toEqual([]);
    const item = await call("POST", `/sites/${siteId}/lists/CG%20Settings/items`, {
      fields: { Title: "x", Key: "k", Value: "v" },
    });
    expect(item.status).toBe(fixture("listitem-create").response.status);
    // Who created an item is how the timeline says who wrote each entry: the documented identitySet.
    expect(gaps("listitem-create", item.body).filter((g) => g.includes("createdBy"))).toEqual([]);
    expect((item.body as { createdBy: { user: { displayName: string } } }).createdBy.user.displayName).toBe(
      "Aileen MacRae",
    );
    const items = await call("GET", `/sites/${siteId}/lists/CG%20Settings/items?$expand=fields`);
    expect(
      gaps("listitems-list", items.body).filter((g) => !/\.fields\.(Name|Color|Quantity)$/.test(g)),
    ).toEqual([]);
    const stale = await call(
      "PATCH",
      `/sites/${siteId}/lists/CG%20Settings/items/2/fields`,
      { Value: "w" },
      { "If-Match": '"stale,0"' },
    );
    expect(stale.status).toBe(fixture("error-412").response.status);
    expect(gaps("error-shape", stale.body)).toEqual([]);
    // An account that is not a member of the site: 403 in Graph's documented error shape.
    ctx.tenant.injectFault({ kind: "forbidden", method: "GET", path: /\/lists\/CG(%20| )Meetings\/items/ });
    const denied = await call("GET", `/sites/${siteId}/lists/CG%20Meetings/items?$expand=fields`);
    expect(denied.status).toBe(403);
    expect((denied.body as { error: { code: string } }).error.code).toBe("accessDenied");
    expect(gaps("error-shape", denied.body)).toEqual([]);
  });

  it("$batch and throttling", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users\/u-tom\.okafor$/, retryAfterSeconds: 10 });
    const res = await call("POST", "/$batch", {
      requests: [
        { id: "1", method: "GET", url: "/users/u-tom.okafor" },
        { id: "2", method: "GET", url: "/users/u-david.lee", dependsOn: ["1"] },
      ],
    });
    expect(res.status).toBe(fixture("batch").response.status);
    const responses = (
      res.body as { responses: { id: string; status: number; headers: Record<string, string> }[] }
    ).responses;
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ["1", 429],
      ["2", 424],
    ]);
    expect(responses[0]?.headers["Retry-After"]).toBe("10");
    const throttled = fixture("error-429");
    expect(gaps("error-shape", (res.body as { responses: { body: unknown }[] }).responses[0]?.body)).toEqual(
      [],
    );
    expect(throttled.response.status).toBe(429);
  });
});
