/** How long to wait before attempt `attempt + 1`, honouring Graph's `Retry-After` (seconds or a date). */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | null,
  nowMs: number,
  random: () => number,
  baseMs = 500,
): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  // Exponential backoff with full jitter when Graph gives no hint.
  return Math.round(random() * baseMs * 2 ** attempt);
}

/** 429 means Graph refused the request unprocessed, so any method may repeat it. */
export function isThrottle(status: number): boolean {
  return status === 429;
}

/** 503 and 504 may follow a write that was carried out, so only safe requests repeat them. */
export function isTransient(status: number): boolean {
  return status === 503 || status === 504;
}

/** 424 in a `$batch`: the sub-request was not run (what it depended on failed), so any method may repeat it. */
export function notRun(status: number): boolean {
  return status === 424;
}
