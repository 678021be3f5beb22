import { ServiceError, type ServiceErrorCode } from "../../domain/errors";
import type { AccessTokenProvider } from "../../domain/ports/access-token";
import { Coalescer } from "./coalesce";
import { errorFromResponse, GRAPH_ROOT, type GraphRequest, type GraphResponse } from "./graphRequest";
import { Limiter } from "./limiter";
import { isThrottle, isTransient, retryDelayMs } from "./retryPolicy";

export interface GraphTransportOptions {
  readonly tokens: AccessTokenProvider;
  readonly scopes: readonly string[];
  readonly fetch?: typeof fetch;
  readonly maxConcurrent?: number;
  readonly maxAttempts?: number;
  /** The most time spent waiting between attempts of one request before giving up. */
  readonly maxTotalWaitMs?: number;
  readonly timeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly random?: () => number;
  /** Send requests started together as one `$batch` (default true). */
  readonly coalesce?: boolean;
}

/**
 * The one way the app calls Microsoft Graph: authenticated, at most four calls at once, retrying
 * throttling (429) for any request and 503/504/timeouts only for requests safe to repeat, within a
 * bounded number of attempts and total wait.
 */
export class GraphTransport {
  private readonly limiter: Limiter;
  private readonly coalescer: Coalescer;
  private readonly o: Required<Omit<GraphTransportOptions, "tokens" | "scopes">> &
    Pick<GraphTransportOptions, "tokens" | "scopes">;

  constructor(options: GraphTransportOptions) {
    this.o = {
      fetch: (input, init) => globalThis.fetch(input, init),
      maxConcurrent: 4,
      maxAttempts: 5,
      maxTotalWaitMs: 60_000,
      timeoutMs: 30_000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: () => Date.now(),
      random: Math.random,
      coalesce: true,
      ...options,
    };
    this.limiter = new Limiter(this.o.maxConcurrent);
    this.coalescer = new Coalescer(
      (req) => this.direct(req),
      undefined,
      // A throttled sub-request waits as a request alone would before its first retry.
      (retryAfter) => this.o.sleep(retryDelayMs(0, retryAfter, this.o.now(), this.o.random)),
    );
  }

  /** Sends one request; requests started together travel as one `$batch`. */
  async request<T>(req: GraphRequest): Promise<GraphResponse<T>> {
    // File bytes travel alone: a `$batch` carries JSON bodies only.
    if (!this.o.coalesce || req.path === "/$batch" || req.body instanceof Uint8Array)
      return this.direct<T>(req);
    // A sub-response's body is the same JSON the request alone would have had.
    return (await this.coalescer.enqueue(req)) as GraphResponse<T>;
  }

  private async direct<T>(req: GraphRequest): Promise<GraphResponse<T>> {
    const safe = req.safeToRepeat ?? req.method !== "POST";
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= this.o.maxAttempts;
      let outcome: GraphResponse<T> | ServiceError;
      try {
        outcome = await this.limiter.run(() => this.attempt<T>(req));
      } catch (cause) {
        const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
        const code: ServiceErrorCode = !safe ? "uncertain" : timedOut ? "timeout" : "network";
        const error = new ServiceError(code, `${req.method} ${req.path}: ${String(cause)}`, { cause });
        if (!safe || last) throw error;
        outcome = error;
      }
      if (!(outcome instanceof ServiceError)) {
        if (outcome.status < 400) return outcome;
        const retryAfter = outcome.headers.get("Retry-After");
        const status = outcome.status;
        const repeatable = isThrottle(status) || (safe && isTransient(status));
        const delay = retryDelayMs(attempt, retryAfter, this.o.now(), this.o.random);
        const error = errorFromResponse(status, outcome.body, retryAfter ? delay : undefined);
        if (!repeatable || last || waited + delay > this.o.maxTotalWaitMs) {
          // Any server error after an unsafe write may have followed the write itself.
          throw !safe && status >= 500 ? new ServiceError("uncertain", error.message, { status }) : error;
        }
        waited += delay;
        await this.o.sleep(delay);
        continue;
      }
      const delay = retryDelayMs(attempt, null, this.o.now(), this.o.random);
      if (waited + delay > this.o.maxTotalWaitMs) throw outcome;
      waited += delay;
      await this.o.sleep(delay);
    }
  }

  /**
   * Waits as the transport waits between attempts (tests record it instead of sleeping): for
   * adapters that must give Graph a moment, such as Sent Items catching up after a send.
   */
  pause(ms: number): Promise<void> {
    return this.o.sleep(ms);
  }

  /** Follows `@odata.nextLink` to the end (bounded), returning every item of a collection. */
  async getAll<T>(path: string, maxPages = 200): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    for (let page = 0; next && page < maxPages; page++) {
      const res: GraphResponse<{ value: T[]; "@odata.nextLink"?: string }> = await this.request({
        method: "GET",
        path: next,
      });
      items.push(...res.body.value);
      next = res.body["@odata.nextLink"];
    }
    if (next) throw new ServiceError("listThreshold", `More than ${maxPages} pages at ${path}`);
    return items;
  }

  private async attempt<T>(req: GraphRequest): Promise<GraphResponse<T>> {
    const token = await this.o.tokens.token(this.o.scopes);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Prefer: 'outlook.timezone="UTC"',
      ...req.headers,
    };
    const bytes = req.body instanceof Uint8Array ? req.body : undefined;
    if (req.body !== undefined && !bytes) headers["Content-Type"] = "application/json";
    const url = req.path.startsWith("https://") ? req.path : `${GRAPH_ROOT}${req.path}`;
    // A timer of our own, not AbortSignal.timeout: tests drive it with fake timers instead of waiting.
    const abort = new AbortController();
    const timer = setTimeout(
      () => abort.abort(new DOMException(`No answer in ${this.o.timeoutMs} ms`, "TimeoutError")),
      this.o.timeoutMs,
    );
    let res: Response;
    let text: string;
    try {
      res = await this.o.fetch(url, {
        method: req.method,
        headers,
        body: bytes
          ? new Blob([bytes as Uint8Array<ArrayBuffer>])
          : req.body === undefined
            ? null
            : JSON.stringify(req.body),
        signal: abort.signal,
      });
      text = await res.text();
    } finally {
      clearTimeout(timer);
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
      body = { error: { code: "invalidJson", message: text.slice(0, 200) } };
    }
    return { status: res.status, body: body as T, headers: res.headers };
  }
}
