import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../tests/support/demoTenantServer";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

/** A plain HTTP call, the way a Graph client makes it (the Graph adapters are tested against this elsewhere). */
async function send(method: string, path: string, body?: unknown, token = "Bearer t") {
  const res = await fetch(`https://graph.microsoft.com/v1.0${path}`, {
    method,
    headers: { Authorization: token, "Content-Type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

describe("the demo tenant's request log", () => {
  it("starts empty and lists each HTTP request answered, by method and path (no query)", async () => {
    expect(ctx.tenant.requestCount).toBe(0);
    await send("GET", "/places/microsoft.graph.room?$top=100");
    await send("GET", "/me?$select=id,displayName");
    expect(ctx.tenant.requestLog).toEqual([
      { method: "GET", path: "/places/microsoft.graph.room" },
      { method: "GET", path: "/me" },
    ]);
    expect(ctx.tenant.requestCount).toBe(2);
  });

  it("counts a $batch as one request, noting how many it carried", async () => {
    const requests = ["u-tom.okafor", "u-david.lee", "u-priya.sharma"].map((id, i) => ({
      id: String(i),
      method: "GET",
      url: `/users/${id}`,
    }));
    expect(await send("POST", "/$batch", { requests })).toBe(200);
    expect(ctx.tenant.requestCount).toBe(1);
    expect(ctx.tenant.requestLog).toEqual([{ method: "POST", path: "/$batch", batched: 3 }]);
  });

  it("counts answers that were faults or refusals: each was a round trip", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users$/ });
    expect(await send("GET", "/users")).toBe(429);
    expect(await send("GET", "/users")).toBe(200);
    expect(await send("GET", "/me", undefined, "")).toBe(401);
    expect(ctx.tenant.requestLog.map((r) => r.path)).toEqual(["/users", "/users", "/me"]);
  });

  it("resets to zero without touching the tenant's state", async () => {
    await send("POST", "/me/sendMail", {
      message: { subject: "Hi", toRecipients: [{ emailAddress: { address: "parent@example.net" } }] },
    });
    ctx.tenant.resetRequestLog();
    expect(ctx.tenant.requestCount).toBe(0);
    expect(ctx.tenant.requestLog).toEqual([]);
    expect(ctx.tenant.snapshot.external).toHaveLength(1);
    await send("GET", "/me");
    expect(ctx.tenant.requestCount).toBe(1);
  });

  it("hands out a copy: a log already read does not grow", async () => {
    const log = ctx.tenant.requestLog;
    await send("GET", "/me");
    expect(log).toEqual([]);
  });
});
