/** One HTTP request the demo tenant answered. */
export interface LoggedRequest {
  readonly method: string;
  /** The path after `/v1.0`, without the query: `/me/events`, `/$batch`. */
  readonly path: string;
  /** For a `$batch`: how many requests it carried. The batch is still one HTTP request. */
  readonly batched?: number;
}

/**
 * The HTTP requests the tenant answered, in order, for benchmarks and tests that count round trips
 * (a `$batch` of twenty is one). Faults and refusals count too: each was an answer on the wire.
 */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  record(method: string, url: URL, body: unknown): void {
    const path = decodeURIComponent(url.pathname).replace(/^\/v1\.0/, "");
    const requests = (body as { requests?: unknown } | undefined)?.requests;
    const batched = path === "/$batch" && Array.isArray(requests) ? requests.length : undefined;
    this.entries.push({ method, path, ...(batched === undefined ? {} : { batched }) });
  }

  get requests(): readonly LoggedRequest[] {
    return [...this.entries];
  }

  get count(): number {
    return this.entries.length;
  }

  reset(): void {
    this.entries = [];
  }
}
