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
  | "conflict";

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
}

export type FaultOutcome =
  | { readonly kind: "respond"; readonly response: FakeResponse }
  | { readonly kind: "hang"; readonly ms: number }
  | undefined;

/** Faults waiting to happen, consumed in order by the requests they match. */
export class FaultPlan {
  private faults: Array<Fault & { left: number }> = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  get pending(): number {
    return this.faults.reduce((n, f) => n + f.left, 0);
  }

  /** The fault for this request, if any; a conflict applies only to writes that carry an ETag. */
  take(req: FakeRequest, path: string, nowMs: number): FaultOutcome {
    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method === req.method) &&
        (!f.path || f.path.test(path)) &&
        (f.kind !== "conflict" || (req.method !== "GET" && Boolean(req.headers["if-match"]))),
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
    }
  }
}

function respond(response: FakeResponse): FaultOutcome {
  return { kind: "respond", response };
}
