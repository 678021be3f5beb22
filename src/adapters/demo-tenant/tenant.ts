import { delay, type HttpHandler, HttpResponse, http } from "msw";
import { type Fault, FaultPlan } from "./faults";
import { deliver, releaseDeferred } from "./handlers/mail";
import type { FakeRequest, TenantContext } from "./http";
import { type LoggedRequest, RequestLog } from "./requestLog";
import { dispatch } from "./router";
import { buildSeedState } from "./seed/buildState";
import type { TenantState } from "./state";

/** Where the tenant keeps its state between visits (IndexedDB in the browser, memory in tests). */
export interface TenantStore {
  load(): Promise<TenantState | undefined>;
  save(state: TenantState): Promise<void>;
}

export interface DemoTenantOptions {
  readonly seed: number;
  /** Epoch milliseconds now: the seed's calendars start in this week. */
  readonly now: () => number;
  readonly store?: TenantStore;
}

/**
 * The in-browser fake of the Graph endpoints Common Ground uses, seeded with a fictional school.
 * Served over HTTP by msw, so the production Graph code runs against it unchanged.
 */
export class DemoTenant {
  readonly faults = new FaultPlan();
  private readonly requests = new RequestLog();
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private state: TenantState,
    private readonly options: DemoTenantOptions,
  ) {}

  /** Opens the saved tenant, or seeds a new one. */
  static async open(options: DemoTenantOptions): Promise<DemoTenant> {
    const saved = await options.store?.load();
    return new DemoTenant(saved ?? buildSeedState(options.seed, options.now()), options);
  }

  /** Read-only view for tests and the demo's own screens. */
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
    const fresh = new DemoTenant(buildSeedState(this.options.seed, this.options.now()), {
      ...this.options,
      store: undefined,
    });
    if (prepare) await prepare((input, init) => fresh.answer(new Request(input, init)));
    this.state = fresh.state;
    this.faults.clear();
    this.changed();
    await this.saving;
  }

  /** Waits until every change so far has been saved. */
  flush(): Promise<void> {
    return this.saving;
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
  receiveExternal(from: { name: string; address: string }, to: string, subject: string, html: string): void {
    const ctx = this.context();
    const stamp = new Date(this.options.now()).toISOString();
    const box = this.state.mailboxes[to.toLowerCase()];
    if (!box) throw new Error(`No mailbox ${to} in the demo tenant`);
    box.push({
      id: `msg-in-${this.state.nextId++}`,
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

  /** Sends as a staff member without going through HTTP (used only to stage demo scenarios). */
  sendAs(from: string, message: Parameters<typeof deliver>[2]): void {
    deliver(this.context(), from.toLowerCase(), message);
  }

  /**
   * Delivers mail whose deferred send time has passed on the tenant's clock (Exchange does this on
   * its own; the fake does it whenever it is asked anything, and when the demo inbox is opened).
   */
  releaseDue(): number {
    return releaseDeferred(this.context());
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
    this.releaseDue();
    const req: FakeRequest = { method: request.method, url, headers, body };
    const { response, holdMs, dropped } = dispatch(req, this.context(), this.faults);
    if (dropped) return HttpResponse.error();
    if (holdMs > 0) await delay(holdMs);
    const init = {
      status: response.status,
      headers: { "request-id": `demo-${this.state.nextId}`, ...response.headers },
    };
    return response.body === undefined
      ? new HttpResponse(null, init)
      : HttpResponse.json(response.body as object, init);
  }

  private context(): TenantContext {
    return { state: this.state, now: this.options.now, changed: () => this.changed() };
  }

  private changed(): void {
    const store = this.options.store;
    if (!store) return;
    const state = this.state;
    this.saving = this.saving.then(() => store.save(state));
  }
}
