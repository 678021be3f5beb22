/** One comparison of a SharePoint list `$filter`: `fields/Name op value`. */
export interface Comparison {
  readonly field: string;
  readonly op: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
  readonly value: string | number | boolean;
  /** Comparisons in one group are joined by `and`; groups by `or`. */
  readonly group: number;
}

/** Splits on ` and ` / ` or ` outside quoted strings, in one pass. */
function clauses(filter: string): { text: string; group: number }[] {
  const out: { text: string; group: number }[] = [];
  let group = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i];
    if (c === "'") quoted = !quoted;
    if (quoted || c !== " ") continue;
    const joiner = /^ (and|or) /i.exec(filter.slice(i, i + 5));
    if (!joiner) continue;
    out.push({ text: filter.slice(start, i), group });
    if (joiner[1]?.toLowerCase() === "or") group += 1;
    start = i + joiner[0].length;
    i = start - 1;
  }
  out.push({ text: filter.slice(start), group });
  return out;
}

const COMPARISON =
  /^fields\/([A-Za-z_][A-Za-z0-9_]*)\s+(eq|ne|gt|ge|lt|le)\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false)$/;

/**
 * Parses the subset of OData `$filter` that list items accept and Common Ground uses: comparisons
 * on `fields/...` joined by `and` and `or` (`and` binding tighter). Returns an error message for
 * anything else, as Graph would.
 */
export function parseListFilter(filter: string): Comparison[] | string {
  const out: Comparison[] = [];
  for (const { text: part, group } of clauses(filter)) {
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
    out.push({ field, op: op as Comparison["op"], value, group });
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

export function matches(fields: Record<string, unknown>, comparisons: readonly Comparison[]): boolean {
  if (comparisons.length === 0) return true;
  const groups = new Set(comparisons.map((c) => c.group));
  return [...groups].some((g) =>
    comparisons.filter((c) => c.group === g).every((c) => TESTS[c.op](compare(fields[c.field], c.value))),
  );
}
