import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../tests/support/demoTenantServer";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

const ME = "/me";
const mail = (n: number) => ({
  method: "POST" as const,
  path: "/me/sendMail",
  body: {
    message: {
      subject: `Note ${n}`,
      body: { contentType: "html", content: "<p>hello</p>" },
      toRecipients: [{ emailAddress: { address: `parent${n}@example.net` } }],
    },
  },
});

describe("requests started together travel as one $batch", () => {
  it("sends a lone request as itself, and several at once as one batch with each answer its own", async () => {
    const graph = ctx.transport();
    const alone = await graph.request<{ mail: string }>({ method: "GET", path: ME });
    expect(alone.body.mail).toBe("aileen.macrae@glenmore.example.org");
    expect(ctx.tenant.requestLog.map((r) => r.path)).toEqual([ME]);
    ctx.tenant.resetRequestLog();
    const [me, users, missing] = await Promise.allSettled([
      graph.request<{ mail: string }>({ method: "GET", path: ME }),
      graph.request<{ value: unknown[] }>({ method: "GET", path: "/users?$top=3" }),
      graph.request({ method: "GET", path: "/me/events/nope" }),
    ]);
    expect(ctx.tenant.requestLog).toEqual([{ method: "POST", path: "/$batch", batched: 3 }]);
    expect(me.status === "fulfilled" && me.value.body.mail).toBe("aileen.macrae@glenmore.example.org");
    expect(users.status === "fulfilled" && users.value.body.value).toHaveLength(3);
    expect(missing.status === "rejected" && missing.reason).toMatchObject({ code: "notFound", status: 404 });
  });

  it("sends a throttled part again on its own, and the rest are not repeated", async () => {
    const graph = ctx.transport();
    ctx.tenant.injectFault({ kind: "throttle", method: "POST", path: /sendMail$/, retryAfterSeconds: 7 });
    await Promise.all([graph.request(mail(1)), graph.request({ method: "GET", path: ME })]);
    expect(ctx.tenant.requestLog.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /$batch",
      "POST /me/sendMail",
    ]);
    expect(ctx.tenant.snapshot.external.map((m) => m.to)).toEqual(["parent1@example.net"]);
  });

  it("a server error on a write that is not safe to repeat is uncertain, never sent again", async () => {
    const graph = ctx.transport();
    ctx.tenant.injectFault({ kind: "unavailable", method: "POST", path: /sendMail$/ });
    const [first, second] = await Promise.allSettled([graph.request(mail(1)), graph.request(mail(2))]);
    expect(first.status === "rejected" && first.reason).toMatchObject({ code: "uncertain" });
    expect(second.status).toBe("fulfilled");
    expect(ctx.tenant.requestLog).toHaveLength(1);
  });

  it("when the whole batch goes unanswered, reads are tried again and writes are reported uncertain", async () => {
    const graph = ctx.transport({ timeoutMs: 50 });
    ctx.tenant.injectFault({ kind: "timeoutAfterCommit", method: "POST", path: /^\/\$batch$/, hangMs: 200 });
    const [read, write] = await Promise.allSettled([
      graph.request<{ mail: string }>({ method: "GET", path: ME }),
      graph.request(mail(3)),
    ]);
    expect(read.status === "fulfilled" && read.value.body.mail).toBe("aileen.macrae@glenmore.example.org");
    expect(write.status === "rejected" && write.reason).toMatchObject({ code: "uncertain" });
  });

  it("can be turned off: each request then goes alone", async () => {
    const graph = ctx.transport({ coalesce: false });
    await Promise.all([
      graph.request({ method: "GET", path: ME }),
      graph.request({ method: "GET", path: ME }),
    ]);
    expect(ctx.tenant.requestLog.map((r) => r.path)).toEqual([ME, ME]);
  });
});
