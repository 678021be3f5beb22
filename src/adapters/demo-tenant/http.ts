import type { TenantState } from "./state";

/** A request as the fake sees it, whether it came over HTTP or inside a `$batch`. */
export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface FakeResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface TenantContext {
  readonly state: TenantState;
  readonly now: () => number;
  /** Marks the state changed, so it is saved. */
  changed(): void;
}

export type RouteHandler = (req: FakeRequest, params: readonly string[], ctx: TenantContext) => FakeResponse;

export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handle: RouteHandler;
}

export function route(method: string, pattern: RegExp, handle: RouteHandler): Route {
  return { method, pattern, handle };
}

/** Graph's error body, as documented: code, message and an innerError with the request's ids and date. */
export function graphError(
  status: number,
  code: string,
  message: string,
  nowMs: number,
  headers?: Record<string, string>,
): FakeResponse {
  const requestId = `${status.toString(16)}-${nowMs.toString(16)}`;
  return {
    status,
    ...(headers ? { headers } : {}),
    body: {
      error: {
        code,
        message,
        innerError: {
          code,
          date: new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, ""),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    },
  };
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): FakeResponse {
  return { status, body, ...(headers ? { headers } : {}) };
}

/** The mailbox address a `/me/...` or `/users/{id|address}/...` path refers to. */
export function mailboxOf(ctx: TenantContext, who: string | undefined): string | undefined {
  const { state } = ctx;
  const user =
    who === undefined || who === "me"
      ? state.users.find((u) => u.id === state.meId)
      : state.users.find(
          (u) => u.id === who || u.mail?.toLowerCase() === decodeURIComponent(who).toLowerCase(),
        );
  return user?.mail?.toLowerCase();
}

/** Applies `$select` to an object, keeping `@odata` annotations and `id` as Graph does. */
export function select<T extends object>(item: T, selectParam: string | null): Partial<T> {
  if (!selectParam) return item;
  const keys = new Set(selectParam.split(",").map((k) => k.trim()));
  return Object.fromEntries(
    Object.entries(item).filter(([k]) => keys.has(k) || k === "id" || k.startsWith("@odata")),
  ) as Partial<T>;
}

/** One page of a collection with Graph's `@odata.nextLink` when more remain. */
export function page<T>(
  req: FakeRequest,
  items: readonly T[],
  defaultTop: number,
  maxTop = 999,
): FakeResponse {
  const top = Math.min(Number(req.url.searchParams.get("$top") ?? defaultTop) || defaultTop, maxTop);
  const skip = Number(req.url.searchParams.get("$skiptoken") ?? 0) || 0;
  const value = items.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#${req.url.pathname.split("/").pop()}`,
    value,
  };
  if (skip + top < items.length) {
    const next = new URL(req.url);
    next.searchParams.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = next.toString();
  }
  return ok(body);
}
