import type * as G from "@microsoft/microsoft-graph-types";
import { delay, type HttpHandler, HttpResponse, http } from "msw";
import { type Fault, FaultPlan } from "./faults";
import { deliver, releaseDeferred } from "./handlers/mail";
import type { FakeRequest, TenantContext } from "./http";
import { type LoggedRequest, RequestLog } from "./requestLog";
import { dispatch } from "./router";
import { buildSeedState } from "./seed/buildState";
import type { TenantState } from "./state";

/** The tenant's state as this tab last read it, and the store's revision it was read at. */
export interface Held {
  readonly state: TenantState;
  readonly revision: number;
}

/** What a step made of the state: the state to keep, whether it changed, and the step's answer. */
export interface TenantStep<T> {
  readonly state: TenantState;
  readonly changed: boolean;
  readonly value: T;
}

/** Where the tenant lives between visits, shared by every tab of the browser (IndexedDB); none in tests. */
export interface TenantStore {
  /**
   * Runs `step` on the newest saved state (none in a new profile) with no other tenant on this
   * store reading or writing in between, and saves the state if it changed. `held` is this tab's
   * copy, reused when nothing was saved since. `step` must not await.
   */
  exclusive<T>(
    held: Held | undefined,
    step: (state: TenantState | undefined) => TenantStep<T>,
  ): Promise<{ value: T; held: Held }>;
}

export interface DemoTenantOptions {
  readonly seed: number;
  /** Epoch milliseconds now: the seed's calendars start in this week. */
  readonly now: () => number;
  /** Without one, the tenant lives in this tab's memory only (tests). */
  readonly store?: TenantStore;
}

/** Inbox copy of mail from outside the school, as Exchange files it. */
export function receiveMail(
  ctx: TenantContext,
  from: { name: string; address: string },
  to: string,
  subject: string,
  html: string,
): void {
  const stamp = new Date(ctx.now()).toISOString();
  const box = ctx.state.mailboxes[to.toLowerCase()];
  if (!box) throw new Error(`No mailbox ${to} in the demo tenant`);
  box.push({
    id: `msg-in-${ctx.state.nextId++}`,
    subject,
    body: { contentType: "html", content: html },
    from: { emailAddress: from },
    sender: { emailAddress: from },
    toRecipients: [{ emailAddress: { address: to } }],
    receivedDateTime: stamp,
    sentDateTime: stamp,
    createdDateTime: stamp,
    isRead: false,
    isDraft: false,
    parentFolderId: "inbox",
  });
  ctx.changed();
}

/**
 * The in-browser fake of the Graph endpoints Common Ground uses, seeded with a fictional school.
 * Served over HTTP by msw, so the production Graph code runs against it unchanged. With a store,
 * every tab's tenant is one tenant: each request is answered from the newest saved state.
 */
export class DemoTenant {
  readonly faults = new FaultPlan();
  private readonly requests = new RequestLog();
  /** This tab's steps, one after another (the store orders them against other tabs'). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private state: TenantState,
    /** The store's revision `state` was read at; undefined when it must be read again. */
    private revision: number | undefined,
    private readonly options: DemoTenantOptions,
  ) {}

  /** Opens the saved tenant, or seeds a new one. */
  static async open(options: DemoTenantOptions): Promise<DemoTenant> {
    const seed = () => buildSeedState(options.seed, options.now());
    if (!options.store) return new DemoTenant(seed(), undefined, options);
    const { held } = await options.store.exclusive(undefined, (saved) =>
      saved
        ? { state: saved, changed: false, value: undefined }
        : { state: seed(), changed: true, value: undefined },
    );
    return new DemoTenant(held.state, held.revision, options);
  }

  /** This tab's copy, as of its last request (always current without a store): for tests and demo screens. */
  get snapshot(): Readonly<TenantState> {
    return this.state;
  }

  /**
   * Back to the seeded school, and saved that way. `prepare` readies the new school first (set-up,
   * imports) through `fetch`, which answers as Graph would but from the new state alone; the new
   * state replaces the old in one step, so requests made meanwhile are answered from the old school
   * whole, never from one whose lists do not exist yet.
   */
  async reset(prepare?: (fetch: typeof globalThis.fetch) => Promise<void>): Promise<void> {
    const fresh = new DemoTenant(buildSeedState(this.options.seed, this.options.now()), undefined, {
      ...this.options,
      store: undefined,
    });
    if (prepare) await prepare((input, init) => fresh.answer(new Request(input, init)));
    await this.step(() => ({ state: fresh.state, changed: true, value: undefined }));
    this.faults.clear();
  }

  /** Waits until every change so far has been saved. */
  async flush(): Promise<void> {
    await this.queue;
  }

  /**
   * Runs `work` on the newest state of the tenant (shared with other tabs), saving what it changes.
   * `work` must not await. Without a store it runs at once, before this returns.
   */
  update<T>(work: (ctx: TenantContext) => T): Promise<T> {
    return this.step((state) => {
      let changed = false;
      const markChanged = () => {
        changed = true;
      };
      const value = work({ state, now: this.options.now, changed: markChanged });
      return { state, changed, value };
    });
  }

  /** The HTTP requests answered since the tenant opened or the log was last reset (a `$batch` is one). */
  get requestLog(): readonly LoggedRequest[] {
    return this.requests.requests;
  }

  /** How many HTTP requests were answered since the tenant opened or the log was last reset. */
  get requestCount(): number {
    return this.requests.count;
  }

  /** Starts counting again from zero (the tenant's state is untouched). */
  resetRequestLog(): void {
    this.requests.reset();
  }

  injectFault(fault: Fault): void {
    this.faults.add(fault);
  }

  /** Mail from outside the school (a parent's reply) arriving in a staff mailbox. */
  receiveExternal(
    from: { name: string; address: string },
    to: string,
    subject: string,
    html: string,
  ): Promise<void> {
    return this.update((ctx) => receiveMail(ctx, from, to, subject, html));
  }

  /** Sends as a staff member without going through HTTP (used only to stage demo scenarios). */
  sendAs(from: string, message: Parameters<typeof deliver>[2]): Promise<G.Message> {
    return this.update((ctx) => deliver(ctx, from.toLowerCase(), message));
  }

  /**
   * Delivers mail whose deferred send time has passed on the tenant's clock (Exchange does this on
   * its own; the fake does it whenever it is asked anything, and when the demo inbox is opened).
   */
  releaseDue(): Promise<number> {
    return this.update((ctx) => releaseDeferred(ctx));
  }

  /** The msw handlers that answer `https://graph.microsoft.com/v1.0/*`. */
  handlers(): HttpHandler[] {
    return [http.all("https://graph.microsoft.com/v1.0/*", ({ request }) => this.answer(request))];
  }

  /** Answers one HTTP request to Graph from this tenant, applying any planned fault. */
  private async answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const type = request.headers.get("content-type") ?? "";
    // A file upload's body is the file itself; everything else Graph takes is JSON.
    const isFile = request.method === "PUT" && type !== "" && !type.includes("json");
    const bytes = isFile ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const text = isFile ? "" : await request.text();
    let body: unknown = bytes;
    try {
      if (!isFile) body = text ? JSON.parse(text) : undefined;
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
      this.requests.record(request.method, url, undefined);
      return HttpResponse.json(
        { error: { code: "BadRequest", message: "Invalid JSON in the request body." } },
        { status: 400 },
      );
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k.toLowerCase()] = v;
    });
    this.requests.record(request.method, url, body);
    const req: FakeRequest = { method: request.method, url, headers, body };
    const { response, holdMs, dropped, requestId } = await this.update((ctx) => {
      releaseDeferred(ctx);
      return { ...dispatch(req, ctx, this.faults), requestId: `demo-${ctx.state.nextId}` };
    });
    if (dropped) return HttpResponse.error();
    if (holdMs > 0) await delay(holdMs);
    const init = { status: response.status, headers: { "request-id": requestId, ...response.headers } };
    return response.body === undefined
      ? new HttpResponse(null, init)
      : HttpResponse.json(response.body as object, init);
  }

  /**
   * One step on the tenant's state. Alone (tests), at once on this tab's copy. Shared, through the
   * store: after this tab's earlier steps, on the newest saved state, saved before it resolves.
   */
  private step<T>(work: (state: TenantState) => TenantStep<T>): Promise<T> {
    const store = this.options.store;
    if (!store) {
      const outcome = work(this.state);
      this.state = outcome.state;
      return Promise.resolve(outcome.value);
    }
    const run = this.queue.then(() => this.stepShared(store, work));
    // The queue only orders steps; each step's failure reaches its own caller through `run`.
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async stepShared<T>(store: TenantStore, work: (state: TenantState) => TenantStep<T>): Promise<T> {
    const held = this.revision === undefined ? undefined : { state: this.state, revision: this.revision };
    // A step that throws may leave the copy half changed (and unsaved): read it afresh next time.
    this.revision = undefined;
    const { value, held: now } = await store.exclusive(held, (saved) => {
      // Nothing saved (the site's storage was cleared meanwhile): the seeded school again.
      const state = saved ?? buildSeedState(this.options.seed, this.options.now());
      const outcome = work(state);
      return { ...outcome, changed: outcome.changed || !saved };
    });
    this.state = now.state;
    this.revision = now.revision;
    return value;
  }
}
