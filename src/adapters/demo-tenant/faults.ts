import { LIST_MESSAGES } from "./handlers/listMessages";
import type { FakeRequest, FakeResponse } from "./http";
import { graphError } from "./http";

/** The ways the demo tenant can be told to misbehave, as Graph does under load or contention. */
export type FaultKind =
  | "throttle"
  | "throttleNoRetryAfter"
  | "unavailable"
  | "gatewayTimeout"
  /** Carry the request out, then answer too late for the client to hear it. */
  | "timeoutAfterCommit"
  | "conflict"
  /** The sign-in has expired (401), as when a token lapses part-way through a flow. */
  | "unauthenticated"
  /** The signed-in account may not read or write this resource (403), as a site without the user's membership answers. */
  | "forbidden"
  /** A sub-request of a `$batch` answered 424: something it depended on failed, so it was not run. */
  | "failedDependency"
  /** A sub-request of a `$batch` is carried out, but the batch's answer leaves it out. */
  | "missingFromBatch"
  /** Sent Items does not yet show what was just sent (its copy lags the send), for `times` reads. */
  | "lagSentItems"
  /** The network is gone: this request and every one after it fail until `forMs` has passed. */
  | "offline";

export interface Fault {
  readonly kind: FaultKind;
  /** Only requests with this method (default: any). */
  readonly method?: string;
  /** Only requests whose path (after `/v1.0`) matches (default: any). */
  readonly path?: RegExp;
  /** How many matching requests fail (default 1). */
  readonly times?: number;
  readonly retryAfterSeconds?: number;
  /** For `timeoutAfterCommit`: how long the answer is held back. */
  readonly hangMs?: number;
  /** For `offline`: how long, by the tenant's clock, the network stays away. */
  readonly forMs?: number;
}

export type FaultOutcome =
  | { readonly kind: "respond"; readonly response: FakeResponse }
  | { readonly kind: "hang"; readonly ms: number }
  /** Carry the request out but leave its answer out of the batch. */
  | { readonly kind: "omit" }
  /** No answer at all: the connection failed. */
  | { readonly kind: "drop" }
  | undefined;

const SENT_ITEMS = /\/mailFolders\/sentitems\/messages$/i;

/** Faults waiting to happen, consumed in order by the requests they match. */
export class FaultPlan {
  private faults: Array<Fault & { left: number }> = [];
  private offlineUntil = Number.NEGATIVE_INFINITY;

  add(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
    this.offlineUntil = Number.NEGATIVE_INFINITY;
  }

  get pending(): number {
    return this.faults.reduce((n, f) => n + f.left, 0);
  }

  /**
   * Whether a `$batch` never arrives because one of its sub-requests meets an `offline` fault:
   * the connection fails before the server sees any of it.
   */
  batchDropped(subs: readonly { req: FakeRequest; path: string }[], nowMs: number): boolean {
    if (nowMs < this.offlineUntil) return true;
    const fault = this.faults.find(
      (f) =>
        f.kind === "offline" &&
        f.left > 0 &&
        subs.some((s) => (!f.method || f.method === s.req.method) && (!f.path || f.path.test(s.path))),
    );
    if (!fault) return false;
    fault.left -= 1;
    this.faults = this.faults.filter((f) => f.left > 0);
    this.offlineUntil = nowMs + (fault.forMs ?? 60_000);
    return true;
  }

  /** The fault for this request, if any; a conflict applies only to writes that carry an ETag. */
  take(req: FakeRequest, path: string, nowMs: number, inBatch = false): FaultOutcome {
    if (nowMs < this.offlineUntil) return { kind: "drop" };
    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method === req.method) &&
        (!f.path || f.path.test(path)) &&
        (f.kind !== "conflict" || (req.method !== "GET" && Boolean(req.headers["if-match"]))) &&
        (f.kind !== "lagSentItems" || (req.method === "GET" && SENT_ITEMS.test(path))) &&
        ((f.kind !== "failedDependency" && f.kind !== "missingFromBatch") || inBatch) &&
        (f.kind !== "offline" || !inBatch),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    this.faults = this.faults.filter((f) => f.left > 0);
    switch (fault.kind) {
      case "throttle":
        return respond(
          graphError(429, "TooManyRequests", "Too many requests.", nowMs, {
            "Retry-After": String(fault.retryAfterSeconds ?? 2),
          }),
        );
      case "throttleNoRetryAfter":
        return respond(graphError(429, "TooManyRequests", "Please retry again later.", nowMs));
      case "unavailable":
        return respond(
          graphError(503, "serviceNotAvailable", "The service is temporarily unavailable.", nowMs, {
            "Retry-After": String(fault.retryAfterSeconds ?? 1),
          }),
        );
      case "gatewayTimeout":
        return respond(
          graphError(504, "gatewayTimeout", "The gateway did not receive a response in time.", nowMs),
        );
      case "conflict":
        return respond(graphError(412, LIST_MESSAGES.preconditionCode, LIST_MESSAGES.precondition, nowMs));
      case "timeoutAfterCommit":
        return { kind: "hang", ms: fault.hangMs ?? 45_000 };
      case "unauthenticated":
        return respond(
          graphError(
            401,
            "InvalidAuthenticationToken",
            "Lifetime validation failed, the token is expired.",
            nowMs,
          ),
        );
      case "forbidden":
        return respond(graphError(403, "accessDenied", "Access denied", nowMs));
      case "failedDependency":
        return respond(graphError(424, "FailedDependency", "Failed dependency", nowMs));
      case "missingFromBatch":
        return { kind: "omit" };
      case "lagSentItems":
        return respond({ status: 200, body: { value: [] } });
      case "offline":
        this.offlineUntil = nowMs + (fault.forMs ?? 60_000);
        return { kind: "drop" };
    }
  }
}

function respond(response: FakeResponse): FaultOutcome {
  return { kind: "respond", response };
}
