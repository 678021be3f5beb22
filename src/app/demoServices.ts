import { serveInBrowser } from "../adapters/demo-tenant/browserWorker";
import { indexedDbStore } from "../adapters/demo-tenant/idbStore";
import { listenForParentReplies } from "../adapters/demo-tenant/parentReplies";
import { DemoTenant } from "../adapters/demo-tenant/tenant";
import type { DemoControls } from "../features/services";
import { DEMO_SEED, DEMO_SIGN_IN, prepareDemoRecords, resetDemoSchool } from "./demoRecords";

export { DEMO_SIGN_IN };

import { graphServices } from "./graphServices";

/**
 * The in-browser fictional school: msw answers Graph's requests, so the production Graph code is
 * what runs. `compose` imports this module only in demo mode, and only once the first screen is
 * drawn, so the tenant, its seed and msw are a chunk of their own that a live build does not contain.
 */
let opening: Promise<DemoTenant> | undefined;

/**
 * The demo tenant, serving Graph in this tab with its records prepared; opened (and, in a new
 * profile, seeded) once, however many callers ask. A failed open is tried again on the next call.
 */
export function demoTenant(site: string): Promise<DemoTenant> {
  if (!opening) {
    const attempt = openTenant(site);
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = undefined;
    });
  }
  return opening;
}

async function openTenant(site: string): Promise<DemoTenant> {
  const tenant = await DemoTenant.open({ seed: DEMO_SEED, now: () => Date.now(), store: indexedDbStore() });
  await serveInBrowser(tenant);
  listenForParentReplies(tenant);
  // Its own transport: the app's waits for this tenant before sending anything.
  await prepareDemoRecords(graphServices(DEMO_SIGN_IN, site));
  return tenant;
}

/** The demo's controls; `forget` drops what the app has cached. */
export function demoControls(site: string, forget: () => Promise<void>): DemoControls {
  return {
    async reset() {
      await resetDemoSchool(await demoTenant(site), site);
      await forget();
    },
    async injectFault(kind) {
      const fault = {
        throttle: "throttle",
        unavailable: "unavailable",
        timeout: "timeoutAfterCommit",
        conflict: "conflict",
      } as const;
      (await demoTenant(site)).injectFault({ kind: fault[kind], hangMs: 35_000 });
    },
    async sentToFamilies() {
      const tenant = await demoTenant(site);
      // Also brings this tab's copy up to date with what other tabs sent.
      await tenant.releaseDue();
      return tenant.snapshot.external.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.message.subject ?? "",
        html: m.message.body?.content ?? "",
        attachments: (m.message.attachments ?? []).map((a) => a.name ?? ""),
      }));
    },
  };
}
