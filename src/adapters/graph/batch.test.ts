import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../tests/support/demoTenantServer";
import { type BatchRequest, sendBatch } from "./batch";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

const sleeps: number[] = [];
const options = { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };

describe("sendBatch", () => {
  beforeEach(() => {
    sleeps.length = 0;
  });

  it("retries only the sub-request that was throttled, after its Retry-After", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users\/u-tom\.okafor$/, retryAfterSeconds: 4 });
    const requests: BatchRequest[] = ["u-aileen.macrae", "u-tom.okafor", "u-priya.sharma"].map((id) => ({
      method: "GET",
      path: `/users/${id}`,
    }));
    const seen: string[] = [];
    const graph = ctx.transport({
      fetch: async (input, init) => {
        const body = JSON.parse(String(init?.body ?? "{}")) as { requests?: { url: string }[] };
        seen.push((body.requests ?? []).map((r) => r.url).join(","));
        return fetch(input, init);
      },
    });
    const results = await sendBatch(graph, requests, options);
    expect(results.map((r) => r.ok && (r.body as { displayName: string }).displayName)).toEqual([
      "Aileen MacRae",
      "Tom Okafor",
      "Priya Sharma",
    ]);
    expect(seen).toEqual([
      "/users/u-aileen.macrae,/users/u-tom.okafor,/users/u-priya.sharma",
      "/users/u-tom.okafor",
    ]);
    expect(sleeps).toEqual([4000]);
  });

  it("splits into batches of twenty and keeps the caller's order", async () => {
    const requests: BatchRequest[] = Array.from({ length: 45 }, (_, i) => ({
      method: "GET",
      path: i % 2 ? "/users/u-tom.okafor" : "/users/u-david.lee",
    }));
    let envelopes = 0;
    const graph = ctx.transport({
      fetch: async (input, init) => {
        envelopes++;
        return fetch(input, init);
      },
    });
    const results = await sendBatch(graph, requests, options);
    expect(envelopes).toBe(3);
    expect(results.map((r) => r.ok && (r.body as { id: string }).id)).toEqual(
      requests.map((r) => r.path.replace("/users/", "")),
    );
  });

  it("understands 424: a request whose dependency was throttled is repeated with it", async () => {
    ctx.tenant.injectFault({ kind: "throttle", path: /^\/users\/u-tom\.okafor$/, retryAfterSeconds: 1 });
    const results = await sendBatch(
      ctx.transport(),
      [
        { method: "GET", path: "/users/u-tom.okafor" },
        { method: "GET", path: "/users/u-david.lee", dependsOn: ["0"] },
      ],
      options,
    );
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(sleeps).toEqual([1000]);
  });

  it("reports a sub-request that fails for good without failing the others", async () => {
    const results = await sendBatch(
      ctx.transport(),
      [
        { method: "GET", path: "/users/u-nobody" },
        { method: "GET", path: "/users/u-david.lee" },
      ],
      options,
    );
    expect(results[0]).toMatchObject({ ok: false, error: { code: "notFound", status: 404 } });
    expect(results[1]).toMatchObject({ ok: true, status: 200 });
  });
});
