/** One comparison of a SharePoint list `$filter`: `fields/Name op value`. */
export interface Comparison {
  readonly field: string;
  readonly op: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
  readonly value: string | number | boolean;
}

const COMPARISON =
  /^fields\/([A-Za-z_][A-Za-z0-9_]*)\s+(eq|ne|gt|ge|lt|le)\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false)$/;

/**
 * Parses the subset of OData `$filter` that list items accept and Common Ground uses: comparisons
 * on `fields/...` joined by `and`. Returns an error message for anything else, as Graph would.
 */
export function parseListFilter(filter: string): Comparison[] | string {
  const parts = filter.split(/\s+and\s+/i);
  const out: Comparison[] = [];
  for (const part of parts) {
    const m = COMPARISON.exec(part.trim().replace(/^\((.*)\)$/, "$1"));
    if (!m) return `Invalid filter clause: ${part.trim()}`;
    const [, field = "", op = "eq", raw = ""] = m;
    const value = raw.startsWith("'")
      ? raw.slice(1, -1).replaceAll("''", "'")
      : raw === "true"
        ? true
        : raw === "false"
          ? false
          : Number(raw);
    out.push({ field, op: op as Comparison["op"], value });
  }
  return out;
}

function compare(a: unknown, b: string | number | boolean): number {
  if (typeof b === "number") return Number(a) - b;
  const left = String(a ?? "");
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

const TESTS: Record<Comparison["op"], (d: number) => boolean> = {
  eq: (d) => d === 0,
  ne: (d) => d !== 0,
  gt: (d) => d > 0,
  ge: (d) => d >= 0,
  lt: (d) => d < 0,
  le: (d) => d <= 0,
};

export function matches(fields: Record<string, unknown>, clauses: readonly Comparison[]): boolean {
  return clauses.every((c) => TESTS[c.op](compare(fields[c.field], c.value)));
}
