import { readFileSync } from "node:fs";
import { shapeGaps } from "./shape";

export interface Fixture {
  source: string;
  response: { status: number; body?: unknown };
}

export function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8")) as Fixture;
}

/** Where our answer lacks something Microsoft's example `name` has, less the gaps `allowed` on purpose. */
export function gapsFrom(name: string, ours: unknown, allowed: readonly string[] = []): string[] {
  return shapeGaps(fixture(name).response.body, ours).filter((g) => !allowed.includes(g));
}

const ROOT = "https://graph.microsoft.com/v1.0";

/** One raw HTTP call to the (msw-served) Graph root, as a client with a token makes it. */
export async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${ROOT}${path}`, {
    method,
    headers: { Authorization: "Bearer t", "Content-Type": "application/json", ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
