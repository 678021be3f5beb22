import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Fault } from "../../src/adapters/demo-tenant/faults";
import type { StoredMeeting } from "../../src/domain/meetings/meeting";
import { errorText } from "../../src/features/errorText";
import { settle, useFakeTimeouts } from "../support/fakeTime";
import { ME, meetingWorld } from "../support/meetingWorld";

/**
 * The fault suite: each fault Graph can throw at a flow, injected into the demo tenant at the HTTP
 * boundary while the production adapters run the offer and booking use cases. Each scenario checks
 * what staff are told, then that the tenant ends with exactly what a run without faults leaves:
 * one of every event, email, timeline entry and meeting record, and nothing lost.
 */
const world = meetingWorld();
const { ctx } = world;
beforeEach(async () => {
  useFakeTimeouts();
  await world.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

type World = Awaited<ReturnType<typeof world.setUp>>;

const TIMELINE_POST = { method: "POST", path: /\/lists\/CG Timeline\/items$/ } as const;
const RECORD_POST = { method: "POST", path: /\/lists\/CG Meetings\/items$/ } as const;
const RECORD_PATCH = { method: "PATCH", path: /\/lists\/CG Meetings\/items\/\d+\/fields$/ } as const;
const SEND_MAIL = { method: "POST", path: /\/sendMail$/ } as const;
const EVENT_POST = { method: "POST", path: /^\/me\/events$/ } as const;

const SUCCESS = "ok";

/** What staff see when an action ends: nothing wrong, or the sentence for the error. */
async function seen<T>(action: Promise<T>): Promise<string> {
  return settle(action, 1000).then(
    () => SUCCESS,
    (e: unknown) => errorText(e),
  );
}

/** How many of each thing the tenant holds. */
function tally() {
  const s = ctx.tenant.snapshot;
  const items = (name: string) =>
    s.sites[0]?.lists.find((l) => l.list.displayName === name)?.items.map((i) => i.fields ?? {}) ?? [];
  const events = s.calendars[ME] ?? [];
  const perTransaction = new Map<string, number>();
  for (const e of events)
    if (e.transactionId) perTransaction.set(e.transactionId, (perTransaction.get(e.transactionId) ?? 0) + 1);
  const timeline = items("CG Timeline") as { EntryKey?: string }[];
  return {
    events: events.length,
    mostEventsForOneTransaction: Math.max(0, ...perTransaction.values()),
    toFamilies: s.external.length,
    sentItems: (s.mailboxes[ME] ?? []).filter((m) => m.parentFolderId === "sentitems").length,
    timeline: timeline.length,
    timelineKeys: new Set(timeline.map((f) => f.EntryKey)).size,
    meetingRecords: items("CG Meetings").length,
  };
}

/** Books the second time offered, with the first household. */
const book = (w: Pick<World, "meetings">, offered: StoredMeeting) =>
  w.meetings.book(offered.id, { slot: 1, carerId: offered.meeting.carers[0]?.id ?? "" }, []);

/** Offer three times to the split family, then book. */
async function offerAndBook(w: Pick<World, "offers" | "meetings" | "draft">) {
  return book(w, await w.offers.send(w.draft));
}

/** What a run without faults leaves behind, measured once. */
let clean: { tally: ReturnType<typeof tally>; footprint: unknown } | undefined;
async function cleanRun() {
  if (clean) return clean;
  await world.reset();
  const w = await world.setUp();
  const booked = await offerAndBook(w);
  clean = { tally: tally(), footprint: world.footprint(booked, await w.records.timeline("GP9001")) };
  await world.reset();
  return clean;
}

/** Asserts the tenant holds exactly what a clean run leaves: one of everything, nothing lost. */
async function expectExactlyOnce(w: Pick<World, "records">, done: StoredMeeting) {
  const expected = await cleanRun();
  expect(tally()).toEqual(expected.tally);
  expect(world.footprint(done, await w.records.timeline("GP9001"))).toEqual(expected.footprint);
  expect(tally().mostEventsForOneTransaction).toBe(1);
}

interface Scenario {
  readonly name: string;
  readonly faults: readonly Fault[];
  /** When the faults are injected: before the offer, or once the offer is out and before booking. */
  readonly during: "offer" | "book";
  /** What staff see when they first press the button. */
  readonly firstSeen: string;
  /** Set up more of the world before the run (the clock, for a long outage). */
  readonly before?: () => void;
  /** Between the first attempt and pressing the button again. */
  readonly between?: () => void;
  /** Waits the transport recorded (Retry-After and backoff), when they matter. */
  readonly sleeps?: readonly number[];
}

const TEXT = {
  uncertain:
    "We could not confirm whether that went through. Check before trying again, so nothing is sent twice.",
  offline: "You seem to be offline. Your work is kept here; try again when you are connected.",
  signIn: "Your sign-in has expired. Sign in again to carry on.",
  conflict: "Someone else changed this while you were working. Review their change, then save yours again.",
} as const;

const SCENARIOS: readonly Scenario[] = [
  {
    name: "429 with Retry-After on a timeline entry",
    during: "offer",
    faults: [{ kind: "throttle", ...TIMELINE_POST, retryAfterSeconds: 7 }],
    firstSeen: SUCCESS,
    sleeps: [7000],
  },
  {
    name: "429 without Retry-After on sendMail, three times",
    during: "offer",
    faults: [{ kind: "throttleNoRetryAfter", ...SEND_MAIL, times: 3 }],
    firstSeen: SUCCESS,
    // The two emails travel in one $batch: each backs off once, then the one throttled again alone.
    sleeps: [250, 250, 250],
  },
  {
    name: "503 on sendMail: not repeated blindly; Sent Items shows it did not go; sent on Finish",
    during: "offer",
    faults: [{ kind: "unavailable", ...SEND_MAIL }],
    firstSeen: TEXT.uncertain,
  },
  {
    name: "504 on reading the meeting record before booking",
    during: "offer",
    faults: [{ kind: "gatewayTimeout", method: "GET", path: /\/lists\/CG Meetings\/items\/\d+$/ }],
    firstSeen: SUCCESS,
    sleeps: [250],
  },
  {
    name: "a timeline POST commits, then times out",
    during: "offer",
    faults: [{ kind: "timeoutAfterCommit", ...TIMELINE_POST }],
    firstSeen: SUCCESS,
  },
  {
    name: "a meeting record is created, then the answer times out",
    during: "offer",
    faults: [{ kind: "timeoutAfterCommit", ...RECORD_POST }],
    firstSeen: SUCCESS,
  },
  {
    name: "a conditional PATCH of the record commits, then times out",
    during: "offer",
    faults: [{ kind: "timeoutAfterCommit", ...RECORD_PATCH }],
    firstSeen: SUCCESS,
  },
  {
    name: "sendMail commits, then times out",
    during: "offer",
    faults: [{ kind: "timeoutAfterCommit", ...SEND_MAIL }],
    firstSeen: SUCCESS,
  },
  {
    name: "the booking's event is created, then the answer times out (transactionId)",
    during: "book",
    faults: [{ kind: "timeoutAfterCommit", ...EVENT_POST }],
    firstSeen: SUCCESS,
  },
  {
    name: "401 part-way through the offer: sign in again, then Finish",
    during: "offer",
    faults: [{ kind: "unauthenticated", ...SEND_MAIL }],
    firstSeen: TEXT.signIn,
  },
  {
    name: "412: someone else saved the record first",
    during: "offer",
    faults: [{ kind: "conflict", ...RECORD_PATCH }],
    firstSeen: TEXT.conflict,
  },
  {
    name: "424 for a timeline entry inside a $batch",
    during: "offer",
    faults: [{ kind: "failedDependency", ...TIMELINE_POST }],
    firstSeen: SUCCESS,
  },
  {
    name: "a partial $batch: one sendMail and one timeline entry have no answer",
    during: "offer",
    faults: [
      { kind: "missingFromBatch", ...SEND_MAIL },
      { kind: "missingFromBatch", ...TIMELINE_POST },
    ],
    firstSeen: SUCCESS,
  },
  {
    name: "offline for a minute from the first email",
    during: "offer",
    faults: [{ kind: "offline", ...SEND_MAIL, forMs: 60_000 }],
    firstSeen: TEXT.offline,
    before: () => {
      ctx.clockFollowsSleeps = true;
    },
    between: () => {
      ctx.now += 60_000;
    },
  },
  {
    name: "sendMail times out and Sent Items lags behind for three looks",
    during: "offer",
    faults: [
      { kind: "timeoutAfterCommit", ...SEND_MAIL },
      { kind: "lagSentItems", times: 3 },
    ],
    firstSeen: SUCCESS,
  },
  {
    name: "sendMail times out and Sent Items lags past the bounded wait: Finish sends nothing twice",
    during: "offer",
    faults: [
      { kind: "timeoutAfterCommit", ...SEND_MAIL },
      // Both emails' copies stay hidden for every look (four each) after the lost answer.
      { kind: "lagSentItems", times: 8 },
    ],
    firstSeen: TEXT.uncertain,
  },
  {
    name: "the booking's confirmation email commits, then times out",
    during: "book",
    faults: [{ kind: "timeoutAfterCommit", ...SEND_MAIL }],
    firstSeen: SUCCESS,
  },
];

describe("faults, through the demo tenant", () => {
  it.each(SCENARIOS)("$name", { timeout: 30_000 }, async (scenario) => {
    await cleanRun();
    const w = await world.setUp();
    let offered: StoredMeeting | undefined;
    if (scenario.during === "book") offered = await w.offers.send(w.draft);
    scenario.before?.();
    ctx.sleeps = [];
    for (const fault of scenario.faults) ctx.tenant.injectFault(fault);
    const act = (): Promise<StoredMeeting> => (offered ? book(w, offered) : offerAndBook(w));
    // What staff see when they press the button.
    expect(await seen(act())).toBe(scenario.firstSeen);
    if (scenario.sleeps) expect(ctx.sleeps).toEqual(scenario.sleeps);
    expect(ctx.tenant.faults.pending).toBe(0);
    if (scenario.firstSeen !== SUCCESS) {
      // Later, they press Finish: what was interrupted resumes, and nothing is done twice.
      scenario.between?.();
      const [item] = await w.meetings.open();
      let stored = await w.meetings.get(item?.id ?? "");
      if (stored.meeting.work) stored = await settle(w.meetings.resume(stored.id), 1000);
      if (stored.meeting.status === "offered") stored = await settle(book(w, stored), 1000);
    }
    const [done] = await w.meetings.open();
    expect(done?.kind === "meeting" && done.stored.meeting.status).toBe("booked");
    if (done?.kind !== "meeting") throw new Error("no meeting");
    await expectExactlyOnce(w, done.stored);
  });
});
