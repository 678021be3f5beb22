import type { FaultPlan } from "./faults";
import { directoryRoutes } from "./handlers/directory";
import { driveRoutes } from "./handlers/drive";
import { eventRoutes } from "./handlers/events";
import { mailRoutes } from "./handlers/mail";
import { scheduleRoutes } from "./handlers/schedule";
import { siteRoutes } from "./handlers/sites";
import { type FakeRequest, type FakeResponse, graphError, type TenantContext } from "./http";

const routes = [
  ...directoryRoutes,
  ...scheduleRoutes,
  ...eventRoutes,
  ...mailRoutes,
  ...siteRoutes,
  ...driveRoutes,
];
const BATCH_LIMIT = 20;

/** What the router tells the HTTP layer: an answer now, or an answer to hold back (a timeout after committing). */
export interface Dispatched {
  readonly response: FakeResponse;
  readonly holdMs: number;
  /** No answer at all: the connection failed (offline). */
  readonly dropped?: boolean;
}

function pathOf(url: URL): string {
  return decodeURIComponent(url.pathname).replace(/^\/v1\.0/, "");
}

function dispatchOne(req: FakeRequest, ctx: TenantContext): FakeResponse {
  const path = pathOf(req.url);
  for (const r of routes) {
    if (r.method !== req.method) continue;
    const m = r.pattern.exec(path);
    if (m) return r.handle(req, m.slice(1) as string[], ctx);
  }
  return graphError(
    400,
    "BadRequest",
    `Resource not found for the segment '${path.split("/").pop()}'.`,
    ctx.now(),
  );
}

interface BatchBody {
  requests?: Array<{
    id: string;
    method: string;
    url: string;
    headers?: Record<string, string>;
    body?: unknown;
    dependsOn?: string[];
  }>;
}

function dispatchBatch(req: FakeRequest, ctx: TenantContext, faults: FaultPlan): Dispatched {
  const requests = (req.body as BatchBody | undefined)?.requests ?? [];
  if (requests.length === 0 || requests.length > BATCH_LIMIT) {
    return {
      response: graphError(
        400,
        "BadRequest",
        `The number of requests in a batch must be between 1 and ${BATCH_LIMIT}.`,
        ctx.now(),
      ),
      holdMs: 0,
    };
  }
  const subs = requests.map((sub) => {
    const url = new URL(`https://graph.microsoft.com/v1.0${sub.url.startsWith("/") ? "" : "/"}${sub.url}`);
    const headers = Object.fromEntries(
      Object.entries({ ...req.headers, ...sub.headers }).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const subReq: FakeRequest = { method: sub.method.toUpperCase(), url, headers, body: sub.body };
    return { sub, req: subReq, path: pathOf(url) };
  });
  if (faults.batchDropped(subs, ctx.now())) return { response: { status: 0 }, holdMs: 0, dropped: true };
  const status = new Map<string, number>();
  const omitted = new Set<string>();
  let holdMs = 0;
  const responses = subs.map(({ sub, req: subReq, path }) => {
    const failedDependency = (sub.dependsOn ?? []).some((d) => (status.get(d) ?? 424) >= 400);
    let response: FakeResponse;
    if (failedDependency) {
      response = graphError(424, "FailedDependency", "Failed dependency", ctx.now());
    } else {
      const fault = faults.take(subReq, path, ctx.now(), true);
      response = fault?.kind === "respond" ? fault.response : dispatchOne(subReq, ctx);
      // One slow sub-request holds back the whole batch's answer.
      if (fault?.kind === "hang") holdMs = Math.max(holdMs, fault.ms);
      if (fault?.kind === "omit") omitted.add(sub.id);
    }
    status.set(sub.id, response.status);
    return {
      id: sub.id,
      status: response.status,
      headers: { "Content-Type": "application/json", ...response.headers },
      body: response.body,
    };
  });
  return {
    response: { status: 200, body: { responses: responses.filter((r) => !omitted.has(r.id)) } },
    holdMs,
  };
}

/** Answers one Graph request against the tenant, applying any planned fault first. */
export function dispatch(req: FakeRequest, ctx: TenantContext, faults: FaultPlan): Dispatched {
  if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
    return {
      response: graphError(401, "InvalidAuthenticationToken", "Access token is empty.", ctx.now()),
      holdMs: 0,
    };
  }
  const path = pathOf(req.url);
  const fault = faults.take(req, path, ctx.now());
  if (fault?.kind === "drop") return { response: { status: 0 }, holdMs: 0, dropped: true };
  if (fault?.kind === "respond") return { response: fault.response, holdMs: 0 };
  const hold = fault?.kind === "hang" ? fault.ms : 0;
  if (path === "/$batch" && req.method === "POST") {
    const batch = dispatchBatch(req, ctx, faults);
    return { ...batch, holdMs: Math.max(hold, batch.holdMs) };
  }
  return { response: dispatchOne(req, ctx), holdMs: hold };
}
