import { isServiceError, ServiceError } from "../../domain/errors";
import { errorFromResponse, GRAPH_ROOT, type GraphRequest, type GraphResponse } from "./graphRequest";
import { isThrottle, isTransient, notRun } from "./retryPolicy";

const BATCH_LIMIT = 20;

interface Waiting {
  readonly req: GraphRequest;
  readonly resolve: (res: GraphResponse<unknown>) => void;
  readonly reject: (error: unknown) => void;
}

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/**
 * Runs `run` as the next task, after every request started in this one has joined the queue.
 * A MessageChannel task is not clamped to 4 ms as nested timers are, so a chain of requests made
 * one after another is not slowed; Node (tests, benchmarks) has setImmediate for the same.
 */
function nextTask(run: () => void): void {
  if (typeof setImmediate === "function") {
    setImmediate(run);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(undefined);
}

/** A sub-response's header, whatever the case of its name. */
function headerOf(sub: SubResponse, name: string): string | null {
  const wanted = name.toLowerCase();
  const found = Object.entries(sub.headers ?? {}).find(([k]) => k.toLowerCase() === wanted);
  return found ? found[1] : null;
}

const isSafe = (req: GraphRequest) => req.safeToRepeat ?? req.method !== "POST";

/** A sub-request of `$batch`: relative URL, and the headers the envelope's own do not lend it. */
function subRequest(req: GraphRequest, id: number) {
  const url = req.path.startsWith(GRAPH_ROOT) ? req.path.slice(GRAPH_ROOT.length) : req.path;
  return {
    id: String(id),
    method: req.method,
    url,
    headers: {
      Prefer: 'outlook.timezone="UTC"',
      ...(req.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...req.headers,
    },
    ...(req.body === undefined ? {} : { body: req.body }),
  };
}

/**
 * Sends requests started together (before the next task) as one JSON `$batch`, so a step that
 * releases holds, sends confirmations and writes the timeline costs one round trip, not six.
 * Each answer is judged as if it had come alone: throttled ones, and failures of requests that
 * are safe to repeat, are sent again on their own through the full retry policy, as is one that
 * was not run (424); a server error
 * after a write that is not safe to repeat is `uncertain`, never retried blindly.
 */
export class Coalescer {
  private waiting: Waiting[] = [];

  constructor(
    private readonly send: (req: GraphRequest) => Promise<GraphResponse<unknown>>,
    private readonly defer: (run: () => void) => void = nextTask,
    /** Waits before a throttled or failed sub-request goes again (its `Retry-After`, or a backoff). */
    private readonly backOff: (retryAfter: string | null) => Promise<void> = async () => undefined,
  ) {}

  enqueue(req: GraphRequest): Promise<GraphResponse<unknown>> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) this.defer(() => this.flush());
      this.waiting.push({ req, resolve, reject });
    });
  }

  private flush(): void {
    const all = this.waiting;
    this.waiting = [];
    if (all.length === 1) {
      const [only] = all;
      if (only) this.alone(only);
      return;
    }
    for (let i = 0; i < all.length; i += BATCH_LIMIT) void this.batch(all.slice(i, i + BATCH_LIMIT));
  }

  private alone(w: Waiting): void {
    this.send(w.req).then(w.resolve, w.reject);
  }

  private async batch(chunk: readonly Waiting[]): Promise<void> {
    let responses: readonly SubResponse[];
    try {
      const res = await this.send({
        method: "POST",
        path: "/$batch",
        body: { requests: chunk.map((w, i) => subRequest(w.req, i)) },
        safeToRepeat: chunk.every((w) => isSafe(w.req)),
      });
      responses = (res.body as { responses?: SubResponse[] } | undefined)?.responses ?? [];
    } catch (error) {
      // The envelope failed as a whole: what is safe goes again alone; a write may have happened.
      for (const w of chunk) {
        if (isSafe(w.req)) this.alone(w);
        else w.reject(this.uncertain(w.req, error));
      }
      return;
    }
    const byId = new Map(responses.map((r) => [r.id, r]));
    for (const [i, w] of chunk.entries()) {
      const sub = byId.get(String(i));
      if (!sub) {
        if (isSafe(w.req)) this.alone(w);
        else w.reject(new ServiceError("uncertain", `${w.req.method} ${w.req.path}: no answer in the batch`));
      } else if (sub.status < 400) {
        w.resolve({ status: sub.status, body: sub.body, headers: new Headers(sub.headers ?? {}) });
      } else if (notRun(sub.status)) {
        this.alone(w);
      } else if (isThrottle(sub.status) || (isSafe(w.req) && isTransient(sub.status))) {
        const retryAfter = headerOf(sub, "Retry-After");
        this.backOff(retryAfter).then(() => this.alone(w), w.reject);
      } else if (!isSafe(w.req) && sub.status >= 500) {
        w.reject(
          new ServiceError("uncertain", errorFromResponse(sub.status, sub.body).message, {
            status: sub.status,
          }),
        );
      } else {
        w.reject(errorFromResponse(sub.status, sub.body));
      }
    }
  }

  private uncertain(req: GraphRequest, error: unknown): unknown {
    if (!isServiceError(error)) return error;
    const unknownOutcome = ["uncertain", "timeout", "network", "unavailable", "unknown"].includes(error.code);
    return unknownOutcome
      ? new ServiceError("uncertain", `${req.method} ${req.path}: ${error.message}`, { cause: error })
      : error;
  }
}
