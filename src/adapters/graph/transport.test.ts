import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { serveDemoTenant, TEST_NOW } from "../../../tests/support/demoTenantServer";
import { drainTimers, settle, useFakeTimeouts } from "../../../tests/support/fakeTime";
import { ServiceError } from "../../domain/errors";
import { instant } from "../../domain/time/instant";
import { GraphCalendar } from "./calendar";
import { GraphDirectory } from "./directory";
import { GraphMail } from "./mail";
import { SiteRef } from "./site";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);
afterEach(() => {
  vi.useRealTimers();
});

const directory = () =>
  new GraphDirectory(
    ctx.transport(),
    new SiteRef(ctx.transport(), "commonground.sharepoint.com:/sites/pastoral"),
  );

describe("GraphTransport retries", () => {
  it("waits exactly as long as Retry-After says, then succeeds", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users$/, retryAfterSeconds: 7 });
    const staff = await directory().staff();
    expect(staff).toHaveLength(14);
    expect(ctx.sleeps).toEqual([7000]);
  });

  it("backs off exponentially when a 429 has no Retry-After", async () => {
    ctx.tenant.injectFault({ kind: "throttleNoRetryAfter", path: /^\/users$/, times: 3 });
    await directory().staff();
    // random() is 0.5 in tests: 0.5 × 500 ms × 2^attempt.
    expect(ctx.sleeps).toEqual([250, 500, 1000]);
  });

  it("gives up after a bounded number of attempts with a throttled error", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users$/, times: 10, retryAfterSeconds: 1 });
    const error = await directory()
      .staff()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe("throttled");
    expect(ctx.sleeps).toEqual([1000, 1000, 1000, 1000]);
  });

  it("stops waiting when the total wait would pass its budget", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users$/, times: 3, retryAfterSeconds: 40 });
    const graph = ctx.transport({ maxTotalWaitMs: 60_000 });
    await expect(graph.request({ method: "GET", path: "/users" })).rejects.toMatchObject({
      code: "throttled",
      retryAfterMs: 40_000,
    });
    expect(ctx.sleeps).toEqual([40_000]);
  });

  it("repeats a read after 503 and 504", async () => {
    ctx.tenant.injectFault({ kind: "unavailable", path: /^\/places/, retryAfterSeconds: 3 });
    ctx.tenant.injectFault({ kind: "gatewayTimeout", path: /^\/places/ });
    expect(await directory().rooms()).toHaveLength(5);
    expect(ctx.sleeps).toEqual([3000, 500]);
  });

  it("never repeats sendMail blindly after a 503; it reports the send as uncertain", async () => {
    ctx.tenant.injectFault({ kind: "unavailable", method: "POST", path: /sendMail$/ });
    const mail = new GraphMail(ctx.transport());
    const sent = mail.send({
      to: [{ name: "A Parent", email: "parent@example.net" }],
      cc: [],
      subject: "Meeting times",
      html: "<p>Hello</p>",
      reference: "CG-TEST1",
    });
    await expect(sent).rejects.toMatchObject({ code: "uncertain" });
    // No resend: only Sent Items is looked at, four times over seven seconds, by exact filter.
    expect(ctx.sleeps).toEqual([1000, 2000, 4000]);
    const looks = ctx.tenant.requestLog.filter((r) => r.method === "GET");
    expect(looks).toHaveLength(4);
    expect(looks.every((r) => r.path === "/me/mailFolders/sentitems/messages")).toBe(true);
    expect(ctx.tenant.snapshot.external).toHaveLength(0);
  });

  it("treats a sendMail that timed out after it went as sent, by finding it in Sent Items", async () => {
    useFakeTimeouts();
    ctx.tenant.injectFault({ kind: "timeoutAfterCommit", method: "POST", path: /sendMail$/, hangMs: 200 });
    const mail = new GraphMail(ctx.transport({ timeoutMs: 50 }));
    await settle(
      mail.send({
        to: [{ name: "A Parent", email: "parent@example.net" }],
        cc: [],
        subject: "Meeting times",
        html: "<p>Hello</p>",
        reference: "CG-TEST2",
      }),
    );
    await drainTimers();
    expect(ctx.tenant.snapshot.external.map((m) => m.message.subject)).toEqual(["Meeting times [CG-TEST2]"]);
  });

  it("does not duplicate an event whose create timed out after committing (transactionId)", async () => {
    useFakeTimeouts();
    ctx.tenant.injectFault({
      kind: "timeoutAfterCommit",
      method: "POST",
      path: /^\/me\/events$/,
      hangMs: 200,
    });
    const calendar = new GraphCalendar(ctx.transport({ timeoutMs: 50 }));
    const start = instant(TEST_NOW + 2 * 86_400_000);
    const event = await settle(
      calendar.create(
        {
          subject: "Family meeting – Ms Rahman",
          bodyHtml: "<p>Agenda to follow</p>",
          start,
          end: instant(start + 3_600_000),
          attendees: [{ name: "Priya Sharma", email: "priya.sharma@glenmore.example.org", type: "required" }],
          hideAttendees: false,
          location: undefined,
          online: true,
          hold: false,
        },
        "txn-1",
      ),
    );
    await drainTimers();
    const mine = ctx.tenant.snapshot.calendars["aileen.macrae@glenmore.example.org"] ?? [];
    const created = mine.filter((e) => e.transactionId === "txn-1");
    expect(created).toHaveLength(1);
    expect(created[0]?.id).toBe(event.id);
    expect(created[0]?.sensitivity).toBe("private");
    expect(event.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(ctx.sleeps).toEqual([250]);
  });

  it("turns a missing token into an unauthenticated error, not a crash", async () => {
    const graph = ctx.transport({ tokens: { token: async () => "" } });
    await expect(graph.request({ method: "GET", path: "/me" })).rejects.toMatchObject({
      code: "unauthenticated",
      status: 401,
    });
  });
});
