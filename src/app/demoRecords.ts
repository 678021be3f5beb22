import { misExportCsv } from "../adapters/demo-tenant/seed/families";
import { prng } from "../adapters/demo-tenant/seed/prng";
import { SCHOOL } from "../adapters/demo-tenant/seed/school";
import { DEMO_SCHOOL_CALENDAR } from "../adapters/demo-tenant/seed/schoolCalendar";
import type { DemoTenant } from "../adapters/demo-tenant/tenant";
import { parseFamiliesCsv } from "../domain/families/misCsv";
import { schoolCalendarFromJson } from "../domain/school/schoolCalendarJson";
import { type GraphServices, graphServices } from "./graphServices";
import type { SignIn } from "./tokensOnFirstUse";

/**
 * The demo tenant accepts any bearer token; no one signs in to a fictional school, so signing out
 * only forgets this device's drafts and cached reads.
 */
export const DEMO_SIGN_IN: SignIn = {
  token: async () => "demo",
  user: () => "demo",
  signOut: async () => "signedOut",
};

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

/**
 * Back to the seeded school, ready to use. The new school is set up aside and swapped in whole, so
 * a screen reading meanwhile (Settings checking the lists) never meets a list that is not there yet.
 */
export async function resetDemoSchool(tenant: DemoTenant, site: string): Promise<void> {
  await tenant.reset((fetch) => prepareDemoRecords(graphServices(DEMO_SIGN_IN, site, { fetch })));
  await tenant.flush();
}
