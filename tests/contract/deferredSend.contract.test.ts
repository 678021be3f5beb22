import type * as G from "@microsoft/microsoft-graph-types";
import { beforeEach, describe, expect, it } from "vitest";
import { GraphScheduledMail } from "../../src/adapters/graph/scheduledMail";
import { instant } from "../../src/domain/time/instant";
import { serveDemoTenant } from "../support/demoTenantServer";
import { call, fixture } from "./graphCall";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

const ME = "aileen.macrae@glenmore.example.org";
const box = (folder: string) =>
  (ctx.tenant.snapshot.mailboxes[ME] ?? []).filter((m) => m.parentFolderId === folder);
const arrived = () => ctx.tenant.snapshot.external.filter((m) => m.to === "parent@example.net");

interface Documented {
  request: { body: { message: G.Message; saveToSentItems: boolean } };
}

describe("deferred delivery (PidTagDeferredSendTime)", () => {
  it("holds a message in the Outbox until its time, then delivers it", async () => {
    const example = fixture("sendmail-deferred") as unknown as Documented & ReturnType<typeof fixture>;
    const sent = await call("POST", "/me/sendMail", example.request.body);
    expect(sent.status).toBe(example.response.status);
    expect(box("outbox").map((m) => m.subject)).toEqual(["Reminder"]);
    expect(arrived()).toHaveLength(0);
    // Any request before the time leaves it waiting.
    ctx.now = Date.parse("2026-11-27T08:59:59Z");
    await call("GET", "/me/mailFolders/outbox/messages");
    expect(arrived()).toHaveLength(0);
    ctx.now = Date.parse("2026-11-27T09:00:00Z");
    const list = await call("GET", "/me/mailFolders/outbox/messages");
    expect((list.body as { value: unknown[] }).value).toHaveLength(0);
    expect(arrived().map((m) => m.message.subject)).toEqual(["Reminder"]);
    expect(box("sentitems").map((m) => m.subject)).toContain("Reminder");
  });

  it("a time already past is sent at once", async () => {
    const example = fixture("sendmail-deferred") as unknown as Documented;
    const message = {
      ...example.request.body.message,
      singleValueExtendedProperties: [{ id: "SystemTime 0x3FEF", value: "2026-11-01T09:00:00Z" }],
    };
    expect((await call("POST", "/me/sendMail", { message })).status).toBe(202);
    expect(box("outbox")).toHaveLength(0);
    expect(arrived()).toHaveLength(1);
  });

  it("deleting it from the Outbox withdraws it (204), and a second delete is 404", async () => {
    const example = fixture("sendmail-deferred") as unknown as Documented;
    await call("POST", "/me/sendMail", example.request.body);
    const id = box("outbox")[0]?.id ?? "";
    const deleted = await call("DELETE", `/me/messages/${id}`);
    expect(deleted.status).toBe(fixture("message-delete").response.status);
    expect(box("outbox")).toHaveLength(0);
    expect((await call("DELETE", "/me/messages/msg-nothing")).status).toBe(404);
    ctx.now = Date.parse("2026-11-28T09:00:00Z");
    await call("GET", "/me/mailFolders/inbox/messages");
    expect(arrived()).toHaveLength(0);
  });

  it("the adapter schedules once by reference and withdraws what waits", async () => {
    const mail = new GraphScheduledMail(ctx.transport());
    const reminder = {
      to: [{ name: "A Parent", email: "parent@example.net" }],
      cc: [],
      subject: "Reminder",
      html: "<p>Tomorrow</p>",
      reference: "CG-TEST-0001-reminder",
    };
    const at = instant(Date.parse("2026-11-27T09:00:00Z"));
    await mail.schedule(reminder, at);
    await mail.schedule(reminder, at, { mayHaveSent: true });
    expect(box("outbox")).toHaveLength(1);
    expect(box("outbox")[0]?.singleValueExtendedProperties).toEqual(
      expect.arrayContaining([{ id: "SystemTime 0x3FEF", value: "2026-11-27T09:00:00.000Z" }]),
    );
    expect(await mail.withdraw("CG-TEST-0001-reminder")).toBe(true);
    expect(await mail.withdraw("CG-TEST-0001-reminder")).toBe(false);
    expect(box("outbox")).toHaveLength(0);
  });
});
