import { serveInBrowser } from "../adapters/demo-tenant/browserWorker";
import { indexedDbStore } from "../adapters/demo-tenant/idbStore";
import { listenForParentReplies } from "../adapters/demo-tenant/parentReplies";
import { DemoTenant } from "../adapters/demo-tenant/tenant";
import type { DemoControls } from "../features/services";
import { DEMO_SEED, prepareDemoRecords, resetDemoSchool } from "./demoRecords";
import { type Base, graphServices, pick } from "./graphServices";

/**
 * The app over the in-browser fictional school: msw answers Graph's requests, so the production
 * Graph code is what runs. `compose` imports this module only in demo mode, so the tenant, its seed
 * and msw are a chunk of their own that a live build does not contain.
 */
export async function demoServices(site: string, base: Base) {
  const tenant = await DemoTenant.open({ seed: DEMO_SEED, now: () => Date.now(), store: indexedDbStore() });
  await serveInBrowser(tenant);
  listenForParentReplies(tenant);
  // The demo tenant accepts any bearer token; no one signs in to a fictional school.
  const g = graphServices({ token: async () => "demo" }, site);
  await prepareDemoRecords(g);
  const demo: DemoControls = {
    reset: () => resetDemoSchool(tenant, site),
    injectFault(kind) {
      const fault = {
        throttle: "throttle",
        unavailable: "unavailable",
        timeout: "timeoutAfterCommit",
        conflict: "conflict",
      } as const;
      tenant.injectFault({ kind: fault[kind], hangMs: 35_000 });
    },
    sentToFamilies: () =>
      tenant.snapshot.external.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.message.subject ?? "",
        html: m.message.body?.content ?? "",
      })),
  };
  return { ...pick(g, base), demo };
}
