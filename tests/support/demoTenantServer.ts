import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { DemoTenant } from "../../src/adapters/demo-tenant/tenant";
import { GraphTransport, type GraphTransportOptions } from "../../src/adapters/graph/transport";

/** 09:00 UTC on Monday 23 November 2026: the demo school's seed week in tests. */
export const TEST_NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
export const TEST_SEED = 20_261_122;

/**
 * A demo tenant served over HTTP by msw in Node, with a GraphTransport pointed at it whose waits
 * are recorded instead of slept, so retry timing is asserted exactly and tests stay fast.
 * (Time-outs run on `setTimeout`: see fakeTime.ts to drive them without waiting.)
 */
export function serveDemoTenant() {
  const ctx = {
    tenant: undefined as unknown as DemoTenant,
    sleeps: [] as number[],
    now: TEST_NOW,
    /** When set, every recorded wait also moves the tenant's clock on (for faults that last a while). */
    clockFollowsSleeps: false,
    transport(options: Partial<GraphTransportOptions> = {}) {
      return new GraphTransport({
        tokens: { token: async () => "test-token" },
        scopes: ["User.ReadBasic.All"],
        sleep: async (ms) => {
          ctx.sleeps.push(ms);
          if (ctx.clockFollowsSleeps) ctx.now += ms;
        },
        random: () => 0.5,
        now: () => ctx.now,
        ...options,
      });
    },
  };
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());
  const reset = async () => {
    ctx.now = TEST_NOW;
    ctx.clockFollowsSleeps = false;
    ctx.tenant = await DemoTenant.open({ seed: TEST_SEED, now: () => ctx.now });
    ctx.sleeps = [];
    server.resetHandlers(...ctx.tenant.handlers());
  };
  afterEach(() => server.resetHandlers());
  return { ctx, reset };
}
