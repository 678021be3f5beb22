import { msalTokenProvider } from "../adapters/auth/msalTokens";
import { localDrafts } from "../adapters/browser/localDrafts";
import { systemClock } from "../adapters/browser/systemClock";
import { serveInBrowser } from "../adapters/demo-tenant/browserWorker";
import { indexedDbStore } from "../adapters/demo-tenant/idbStore";
import { listenForParentReplies } from "../adapters/demo-tenant/parentReplies";
import { misExportCsv } from "../adapters/demo-tenant/seed/families";
import { prng } from "../adapters/demo-tenant/seed/prng";
import { SCHOOL } from "../adapters/demo-tenant/seed/school";
import { DEMO_SCHOOL_CALENDAR } from "../adapters/demo-tenant/seed/schoolCalendar";
import { DemoTenant } from "../adapters/demo-tenant/tenant";
import { parseFamiliesCsv } from "../domain/families/misCsv";
import type { Host } from "../domain/ports/host";
import { schoolCalendarFromJson } from "../domain/school/schoolCalendarJson";
import { ianaZone } from "../domain/time/zone";
import type { DemoControls, Services } from "../features/services";
import type { AppConfig } from "./config";
import { type GraphServices, graphServices, pick } from "./graphServices";

/** The fictional school's seed: the same number always makes the same school. */
export const DEMO_SEED = 20_261_122;

/** A new demo school's records are made the way a school's are: set-up, then the MIS import. */
export async function prepareDemoRecords(g: GraphServices): Promise<void> {
  const status = await g.setup.status();
  if (status.ready) return;
  await g.setup.provision(() => undefined);
  const { rows } = parseFamiliesCsv(misExportCsv(prng(DEMO_SEED)));
  await g.families.importRows(rows);
  await g.schoolSettings.saveCalendar(schoolCalendarFromJson(DEMO_SCHOOL_CALENDAR));
  await g.schoolSettings.saveProfile({
    name: SCHOOL.name,
    phone: SCHOOL.phone,
    jurisdiction: SCHOOL.jurisdiction,
  });
}

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
