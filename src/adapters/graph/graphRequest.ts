/** One Graph request and its answer, as every part of the Graph layer speaks of them. */
import { ServiceError, type ServiceErrorCode } from "../../domain/errors";

export const GRAPH_ROOT = "https://graph.microsoft.com/v1.0";

export type GraphMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface GraphRequest {
  readonly method: GraphMethod;
  /** A path under `/v1.0` (`/me/events`) or an absolute Graph URL (an `@odata.nextLink`). */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Whether repeating the request after a 503/504 or a timeout can do no harm. Defaults to true for
   * everything but POST; a POST that is a read (getSchedule) or carries a `transactionId` says so.
   */
  readonly safeToRepeat?: boolean;
}

export interface GraphResponse<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

interface GraphErrorBody {
  error?: { code?: string; message?: string };
}

const statusCodes: Record<number, ServiceErrorCode> = {
  400: "badRequest",
  401: "unauthenticated",
  403: "forbidden",
  404: "notFound",
  409: "conflict",
  412: "conflict",
  429: "throttled",
  503: "unavailable",
  504: "timeout",
};

/** Turns a Graph error response into the domain's error, keeping Graph's own code and message as detail. */
export function errorFromResponse(status: number, body: unknown, retryAfterMs?: number): ServiceError {
  const err = (body as GraphErrorBody | undefined)?.error;
  const detail = `${status} ${err?.code ?? ""}: ${err?.message ?? "no message"}`.trim();
  let code: ServiceErrorCode = statusCodes[status] ?? (status >= 500 ? "unavailable" : "unknown");
  if (/not indexed|list view threshold/i.test(err?.message ?? "")) code = "listThreshold";
  return new ServiceError(code, detail, { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}
