import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupServer } from "msw/node";
import type { Page } from "playwright-core";
import type { FakeList } from "../../src/adapters/demo-tenant/state";
import { DemoTenant } from "../../src/adapters/demo-tenant/tenant";
import { cachedReads } from "../../src/app/cachedReads";
import { DEMO_SEED, prepareDemoRecords } from "../../src/app/demoRecords";
import { graphServices } from "../../src/app/graphServices";
import type { TimelineState } from "../../src/domain/ports/timeline-feed";
import { instant } from "../../src/domain/time/instant";
import { buildDemoApp } from "./browser/builds";
import { launchChromium } from "./browser/chromium";
import { serveStatic } from "./browser/staticServer";
import { p50 } from "./stats";

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const SITE = "commonground.sharepoint.com:/sites/pastoral";
const RUNS = 5;
const KINDS = ["offer", "reply", "booking", "note", "summary", "action", "agenda", "adjustment"];

/** The timeline entries' fields for `count` entries of one child, a meeting every eight. */
function entryFields(childId: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    Title: `Entry ${i}`,
    ChildId: childId,
    EntryDate: new Date(NOW - (count - i) * 3_600_000).toISOString(),
    Kind: KINDS[i % KINDS.length] ?? "note",
    Summary: `Entry ${i}: something that happened, in a sentence or two of plain words`,
    Details: i % 5 === 0 ? `A longer note. ${"Words staff wrote at length. ".repeat(20)}` : "",
    MeetingRef: i % 8 === 7 ? "" : `m${Math.floor(i / 8)}`,
    EntryKey: `bench:${childId}:${i}`,
  }));
}

/**
 * Graph requests to open a child's timeline of 200 entries from nothing (no copy in memory), as the
 * app reads it: through the read cache, over the production Graph adapter, counted at the demo
 * tenant. Then the same open again, which the cache answers with no request.
 */
async function requestsToOpen(): Promise<{
  cold: number;
  again: number;
  bigListMs: number;
  bigListRequests: number;
}> {
  const tenant = await DemoTenant.open({ seed: DEMO_SEED, now: () => NOW });
  const server = setupServer(...tenant.handlers());
  server.listen({ onUnhandledRequest: "error" });
  try {
    const tokens = {
      token: async () => "bench",
      user: () => "bench",
      signOut: async () => "signedOut" as const,
    };
    const writer = graphServices(tokens, SITE, { sleep: async () => undefined });
    await prepareDemoRecords(writer);
    for (const fields of entryFields("GP1002", 200))
      await writer.records.addTimelineEntry({
        childId: fields.ChildId,
        at: instant(Date.parse(fields.EntryDate)),
        kind: "note",
        summary: fields.Summary,
        details: fields.Details,
        meetingRef: fields.MeetingRef,
        key: fields.EntryKey,
      });
    // A member of staff opening the app: a new transport and cache, nothing read yet.
    const g = graphServices(tokens, SITE, { sleep: async () => undefined });
    const reads = cachedReads(g, { user: "bench" });
    const open = () =>
      new Promise<number>((resolve, reject) => {
        let stop: () => void = () => undefined;
        stop = reads.timelines.watch("GP1002", (state: TimelineState) => {
          if (state.status === "error") reject(state.error);
          if (state.status === "ready" && !state.refreshing) {
            queueMicrotask(() => stop());
            resolve(state.entries.length);
          }
        });
      });
    tenant.resetRequestLog();
    const shown = await open();
    if (shown !== 200) throw new Error(`The timeline showed ${shown} entries, not 200`);
    const cold = tenant.requestCount;
    tenant.resetRequestLog();
    // Returning to the page: the copy in memory is shown first, whatever the refresh behind it costs.
    const again = await reads.records.timeline("GP1002").then(() => tenant.requestCount);
    // The cache keeps answers for a day on timers of its own; dropping them lets the bench end.
    await reads.clear();

    // The same child's timeline in a list of 100,000 entries (the others' spread over 40 children),
    // added straight into the tenant's list: as many HTTP creates would take hours and prove nothing more.
    const list = (tenant.snapshot.sites[0]?.lists ?? []).find((l) => l.list.displayName === "CG Timeline") as
      | FakeList
      | undefined;
    if (!list) throw new Error("No CG Timeline list in the demo tenant");
    const stamp = new Date(NOW).toISOString();
    for (let i = list.items.length; i < 100_000; i++) {
      const id = String(list.nextItemId++);
      list.items.push({
        id,
        eTag: `"${id},1"`,
        createdDateTime: stamp,
        lastModifiedDateTime: stamp,
        fields: {
          id,
          Title: `Entry ${i}`,
          ChildId: `GP${1004 + (i % 40)}`,
          EntryDate: new Date(NOW - i * 60_000).toISOString(),
          Kind: "note",
          Summary: `Entry ${i}`,
          MeetingRef: "",
          EntryKey: `big:${i}`,
          // SharePoint's field set is open-ended; Graph's type names only its fixed members.
        } as NonNullable<FakeList["items"][number]["fields"]>,
      });
    }
    const fresh = graphServices(tokens, SITE, { sleep: async () => undefined });
    tenant.resetRequestLog();
    const started = performance.now();
    const entries = await fresh.records.timeline("GP1002");
    const bigListMs = performance.now() - started;
    if (entries.length !== 200) throw new Error(`Read ${entries.length} entries, not 200`);
    return { cold, again, bigListMs, bigListRequests: tenant.requestCount };
  } finally {
    server.close();
  }
}

/**
 * Adds the entries through Graph's `$batch` (20 a request), as another client of the site would.
 * The page-side code is a string: tsx would wrap a function's inner functions in a `__name` helper
 * the page does not have (as tests/bench/browser/probe.ts explains).
 */
async function seedInBrowser(page: Page, childId: string, count: number): Promise<void> {
  const args = JSON.stringify({ site: SITE, fields: entryFields(childId, count) });
  await page.evaluate(`(async () => {
    const { site, fields } = ${args};
    const call = async (path, init = {}) => {
      const res = await fetch("https://graph.microsoft.com/v1.0" + path, {
        ...init,
        headers: { Authorization: "Bearer bench", "Content-Type": "application/json" },
      });
      if (!res.ok) throw new Error(path + ": " + res.status);
      return res.json();
    };
    const { id } = await call("/sites/" + site + "?$select=id");
    for (let i = 0; i < fields.length; i += 20) {
      const requests = fields.slice(i, i + 20).map((f, n) => ({
        id: String(n + 1),
        method: "POST",
        url: "/sites/" + id + "/lists/CG%20Timeline/items",
        headers: { "Content-Type": "application/json" },
        body: { fields: f },
      }));
      await call("/$batch", { method: "POST", body: JSON.stringify({ requests }) });
    }
  })()`);
}

/** Page-side: from the hash change to the first entry drawn and a frame produced (ms). */
const measureOpen = (hash: string) => `new Promise((resolve) => {
  const start = performance.now();
  const shown = () => {
    const first = document.querySelector('ul[aria-label="Timeline entries"] > li');
    return first !== null && first.getBoundingClientRect().height > 0;
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  window.location.hash = ${JSON.stringify(hash)};
})`;

/**
 * From leaving for a child's page to its 2,000-entry timeline on screen (the first entries drawn
 * and a frame produced), with the timeline read before: what a member of staff waits for when they
 * return to a child.
 */
async function renderTimes(page: Page, childId: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(`window.location.hash = "#/children"`);
    await page.getByRole("heading", { level: 2, name: "Children" }).waitFor();
    await page.waitForTimeout(300);
    times.push(await page.evaluate<number>(measureOpen(`#/children/${childId}`)));
  }
  return times;
}

/** The timeline's figures: its render in headless Chromium, and the Graph requests it costs. */
export async function timelineBench(): Promise<Record<string, number>> {
  const { cold, again, bigListMs, bigListRequests } = await requestsToOpen();
  const work = mkdtempSync(join(tmpdir(), "cg-timeline-bench-"));
  const dist = await buildDemoApp(join(work, "dist"));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/index.html#/children`);
    // The list itself, not the skeleton's heading: the demo tenant is serving once children are shown.
    await page.getByRole("link", { name: /^Aiden Scott/ }).waitFor();
    await seedInBrowser(page, "GP1003", 2000);
    // The first open reads the 2,000 entries from Graph; the measured ones draw them.
    await page.evaluate(`window.location.hash = "#/children/GP1003"`);
    await page.getByText("2,000 entries, newest first.").waitFor();
    const times = await renderTimes(page, "GP1003");
    if (errors.length) throw new Error(`Page errors: ${errors.join(" | ")}`);
    return {
      "timeline.render_2000_ms": p50(times),
      "timeline.graph_requests_open": cold,
      "timeline.graph_requests_reopen": again,
      "timeline.read_200_of_100000_ms": bigListMs,
      "timeline.graph_requests_100000_list": bigListRequests,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
