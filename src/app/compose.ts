import { msalTokenProvider } from "../adapters/auth/msalTokens";
import { localDrafts } from "../adapters/browser/localDrafts";
import { systemClock } from "../adapters/browser/systemClock";
import { serveInBrowser } from "../adapters/demo-tenant/browserWorker";
import { indexedDbStore } from "../adapters/demo-tenant/idbStore";
import { listenForParentReplies } from "../adapters/demo-tenant/parentReplies";
import { DemoTenant } from "../adapters/demo-tenant/tenant";
import type { Host } from "../domain/ports/host";
import { ianaZone } from "../domain/time/zone";
import type { DemoControls, Services } from "../features/services";
import type { AppConfig } from "./config";
import { DEMO_SEED, prepareDemoRecords } from "./demoRecords";
import { graphServices, pick } from "./graphServices";

/** The composition root: the only place that chooses live or demo adapters. */
export async function compose(config: AppConfig, host: Host): Promise<Services> {
  const base = {
    host,
    clock: systemClock,
    schoolZone: ianaZone(config.schoolZone),
    drafts: localDrafts(window.localStorage),
    parentPageUrl: new URL("parent.html", window.location.href).toString(),
    random: () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32,
  };
  if (config.mode === "live" && config.clientId) {
    const tokens = await msalTokenProvider({
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: new URL("redirect.html", window.location.href).toString(),
      loginHint: host.context.loginHint,
    });
    const g = graphServices(tokens, config.sharePointSite);
    return {
      ...base,
      ...pick(g, base),
      demo: undefined,
    };
  }
  const tenant = await DemoTenant.open({ seed: DEMO_SEED, now: () => Date.now(), store: indexedDbStore() });
  await serveInBrowser(tenant);
  listenForParentReplies(tenant);
  // The demo tenant accepts any bearer token; no one signs in to a fictional school.
  const g = graphServices({ token: async () => "demo" }, config.sharePointSite);
  await prepareDemoRecords(g);
  const demo: DemoControls = {
    async reset() {
      await tenant.reset();
      await prepareDemoRecords(g);
      await tenant.flush();
    },
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
  return { ...base, ...pick(g, base), demo };
}
