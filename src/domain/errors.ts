/**
 * Every way a call to an outside service can fail, as a closed set the UI can explain.
 * `uncertain` means the request may have been carried out (a timeout after sending a write that is
 * not safe to repeat): the caller must check before trying again, never just resend.
 */
export type ServiceErrorCode =
  | "throttled"
  | "unavailable"
  | "timeout"
  | "uncertain"
  | "network"
  | "conflict"
  | "notFound"
  | "forbidden"
  | "unauthenticated"
  | "badRequest"
  | "listThreshold"
  | "notProvisioned"
  | "unknown";

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number; retryAfterMs?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ServiceError";
    this.status = options?.status;
    this.retryAfterMs = options?.retryAfterMs;
  }
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
}

export function isServiceError(e: unknown, code?: ServiceErrorCode): e is ServiceError {
  return e instanceof ServiceError && (code === undefined || e.code === code);
}
