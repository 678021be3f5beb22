import { ServiceError } from "../../domain/errors";
import { errorFromResponse, type GraphRequest } from "./graphRequest";
import { isThrottle, isTransient, notRun, retryDelayMs } from "./retryPolicy";
import type { GraphTransport } from "./transport";

export const BATCH_LIMIT = 20;

export interface BatchRequest extends GraphRequest {
  /** Ids (indexes as strings, in this call's order) that must succeed first. */
  readonly dependsOn?: readonly string[];
}

export type BatchResult =
  | {
      readonly ok: true;
      readonly status: number;
      readonly body: unknown;
      readonly headers: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly error: ServiceError };

interface SubResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchOptions {
  readonly maxRounds?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/**
 * Sends requests through JSON `$batch`, twenty at a time. Each sub-response is checked on its
 * own: throttled ones (and 503/504 for requests safe to repeat) are sent again after the longest
 * `Retry-After`, along with any that failed only because a dependency did (424). Results come back
 * in the order given.
 */
export async function sendBatch(
  transport: GraphTransport,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<BatchResult[]> {
  const {
    maxRounds = 5,
    // The transport's own wait, so tests record it instead of sleeping.
    sleep = (ms) => transport.pause(ms),
    random = Math.random,
  } = options;
  const results: (BatchResult | undefined)[] = requests.map(() => undefined);
  let pending = requests.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    const retry: number[] = [];
    let waitMs = 0;
    for (const chunk of chunks(pending, requests)) {
      const res = await transport.request<{ responses: SubResponse[] }>({
        method: "POST",
        path: "/$batch",
        body: {
          requests: chunk.map((i) => {
            const r = requests[i] as BatchRequest;
            return {
              id: String(i),
              method: r.method,
              url: r.path,
              ...(r.body === undefined
                ? {}
                : { body: r.body, headers: { "Content-Type": "application/json", ...r.headers } }),
              ...(r.body === undefined && r.headers ? { headers: r.headers } : {}),
              ...(r.dependsOn ? { dependsOn: r.dependsOn.filter((d) => chunk.includes(Number(d))) } : {}),
            };
          }),
        },
        // The envelope itself only carries the sub-requests; whether each may repeat is judged below.
        safeToRepeat: chunk.every((i) => requests[i]?.safeToRepeat ?? requests[i]?.method !== "POST"),
      });
      const retriedIds = new Set<string>();
      const byId = new Map(res.body.responses.map((r) => [r.id, r]));
      for (const i of chunk) {
        const sub = byId.get(String(i));
        const req = requests[i] as BatchRequest;
        if (!sub) {
          // No answer: the request may or may not have run.
          results[i] = { ok: false, error: new ServiceError("uncertain", `No response for batch item ${i}`) };
          continue;
        }
        const safe = req.safeToRepeat ?? req.method !== "POST";
        if (sub.status < 400) {
          results[i] = { ok: true, status: sub.status, body: sub.body, headers: sub.headers ?? {} };
        } else if (isThrottle(sub.status) || (safe && isTransient(sub.status))) {
          retry.push(i);
          retriedIds.add(String(i));
          waitMs = Math.max(
            waitMs,
            retryDelayMs(round, sub.headers?.["Retry-After"] ?? null, Date.now(), random),
          );
          results[i] = { ok: false, error: errorFromResponse(sub.status, sub.body) };
        } else {
          results[i] = { ok: false, error: errorFromResponse(sub.status, sub.body) };
        }
      }
      // A 424 failed only because what it depended on failed; repeat it if that is being repeated.
      for (const i of chunk) {
        const sub = byId.get(String(i));
        const dependsOn = requests[i]?.dependsOn ?? [];
        // Not run: repeat it if what it needs is being repeated, or if it needs nothing in this batch.
        if (sub && notRun(sub.status) && (dependsOn.length === 0 || dependsOn.some((d) => retriedIds.has(d))))
          retry.push(i);
      }
    }
    if (retry.length === 0) break;
    if (round + 1 >= maxRounds) break;
    await sleep(waitMs);
    pending = retry.sort((a, b) => a - b);
  }
  return results.map(
    (r, i) => r ?? { ok: false, error: new ServiceError("unknown", `Batch item ${i} not sent`) },
  );
}

/** Splits into chunks of at most twenty, keeping each request with those it depends on. */
function chunks(indexes: readonly number[], requests: readonly BatchRequest[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const i of indexes) {
    const needsCurrent = requests[i]?.dependsOn?.some((d) => current.includes(Number(d))) ?? false;
    if (current.length >= BATCH_LIMIT && !needsCurrent) {
      out.push(current);
      current = [];
    }
    if (current.length >= BATCH_LIMIT)
      throw new ServiceError("badRequest", "A dependency chain longer than 20 cannot be batched");
    current.push(i);
  }
  if (current.length > 0) out.push(current);
  return out;
}
