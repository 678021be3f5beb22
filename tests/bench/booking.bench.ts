import { setupServer } from "msw/node";
import { localDrafts } from "../../src/adapters/browser/localDrafts";
import { prng } from "../../src/adapters/demo-tenant/seed/prng";
import { DemoTenant } from "../../src/adapters/demo-tenant/tenant";
import { docxRenderer } from "../../src/adapters/docx/docxRenderer";
import { cachedReads } from "../../src/app/cachedReads";
import { DEMO_SEED, prepareDemoRecords } from "../../src/app/demoRecords";
import { graphServices, pick } from "../../src/app/graphServices";
import { inProcessReplyReader } from "../../src/app/meetings/inProcessReplyReader";
import type { ReplyAnswer } from "../../src/domain/replies/replyAnswer";
import { DAY_MS, HOUR_MS, instant } from "../../src/domain/time/instant";
import { ianaZone } from "../../src/domain/time/zone";

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const SITE = "commonground.sharepoint.com:/sites/pastoral";

const answer = (choice: number, online: boolean): ReplyAnswer => ({
  ref: "",
  choice,
  availability: "",
  adjustments: online ? ["online"] : [],
  interpreterLanguage: "",
  otherNeeds: "",
  supporter: null,
  speakingOrder: "noPreference",
  message: "",
});

/**
 * The Graph HTTP requests it takes to book a chosen time, counted where Graph would count them:
 * at the demo tenant (a `$batch` is one). Built as the app builds it, over the production adapters.
 */
export async function bookingBench(): Promise<Record<string, number>> {
  const tenant = await DemoTenant.open({ seed: DEMO_SEED, now: () => NOW });
  const server = setupServer(...tenant.handlers());
  server.listen({ onUnhandledRequest: "error" });
  try {
    const g = graphServices(
      { token: async () => "bench", user: () => "bench", signOut: async () => "signedOut" },
      SITE,
      { sleep: async () => undefined },
    );
    await prepareDemoRecords(g);
    const random = prng(DEMO_SEED);
    const services = pick(
      g,
      {
        clock: { now: () => instant(NOW) },
        schoolZone: ianaZone("Europe/London"),
        drafts: localDrafts(undefined),
        parentPageUrl: "https://app.test/parent.html",
        random,
        replyReader: inProcessReplyReader,
        documents: docxRenderer,
      },
      cachedReads(g, { user: "bench" }),
    );
    const children = await g.directory.children();
    const me = await g.directory.me();
    const counts: Record<string, number> = {};
    const used: Record<string, string> = {};
    // Three weeks on, the agenda is not yet due: these count the booking alone. Five days on, the
    // agenda's notice has already begun, so it goes with the booking (invitation body, each
    // household's email and document, the reminder, the timeline): counted on its own line.
    for (const [name, households, daysAhead] of [
      ["graph.requests_book", 1, 19],
      ["graph.requests_book_two_households", 2, 19],
      ["graph.requests_book_with_agenda_due", 1, 5],
    ] as const) {
      let chosen: { id: string; carers: Awaited<ReturnType<typeof g.directory.carers>> } | undefined;
      for (const child of children) {
        if (Object.values(used).includes(child.id)) continue;
        const carers = await g.directory.carers(child.id);
        if (new Set(carers.map((c) => c.household)).size === households) {
          chosen = { id: child.id, carers };
          break;
        }
      }
      if (!chosen) throw new Error(`No demo child with ${households} households`);
      used[name] = chosen.id;
      // Saturday mornings: nobody's seeded calendar is busy then.
      const saturday = NOW + daysAhead * DAY_MS + (households - 1) * 3 * HOUR_MS;
      const offered = await services.offers.send({
        childId: chosen.id,
        typeId: "supportPlanReview",
        purpose: "to look together at how things are going",
        note: "",
        format: "inPerson",
        invitees: [{ email: me.email, name: me.name, role: "SENCo", required: true }],
        carers: chosen.carers,
        slots: [0, 1, 2].map((i) => ({
          start: instant(saturday + i * HOUR_MS),
          end: instant(saturday + (i + 1) * HOUR_MS),
          roomEmail: "family-room@glenmore.example.org",
          roomName: "Family Room",
        })),
        holds: true,
        keepApart: false,
        baseMinutes: 60,
        allowedFor: [],
      });
      const carers = offered.meeting.carers;
      tenant.resetRequestLog();
      await services.meetings.book(
        offered.id,
        { slot: 1, carerId: carers[0]?.id ?? "" },
        carers.map((c, i) => ({ carerId: c.id, answer: answer(2, i > 0) })),
      );
      counts[name] = tenant.requestCount;
    }
    return counts;
  } finally {
    server.close();
  }
}
