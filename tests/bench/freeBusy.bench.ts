import { setupServer } from "msw/node";
import { DemoTenant } from "../../src/adapters/demo-tenant/tenant";
import { GraphFreeBusy } from "../../src/adapters/graph/freeBusy";
import { GraphTransport } from "../../src/adapters/graph/transport";
import { DAY_MS, instant } from "../../src/domain/time/instant";
import { p50 } from "./stats";

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

/** Free/busy for the whole demo school (14 staff, 5 rooms) over 8 weeks, through the Graph layer and the fake over HTTP. */
export async function freeBusyBench(): Promise<Record<string, number>> {
  const tenant = await DemoTenant.open({ seed: 20_261_122, now: () => NOW });
  const server = setupServer(...tenant.handlers());
  server.listen({ onUnhandledRequest: "error" });
  try {
    const graph = new GraphTransport({ tokens: { token: async () => "bench" }, scopes: [] });
    const addresses = [
      ...tenant.snapshot.users.map((u) => u.mail ?? ""),
      ...tenant.snapshot.rooms.map((r) => r.emailAddress ?? ""),
    ];
    const freeBusy = new GraphFreeBusy(graph);
    const run = () => freeBusy.schedules(addresses, instant(NOW), instant(NOW + 56 * DAY_MS));
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    return { "freebusy.school_8w.p50_ms": p50(times) };
  } finally {
    server.close();
  }
}
