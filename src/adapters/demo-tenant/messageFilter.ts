import type * as G from "@microsoft/microsoft-graph-types";

/** The one message `$filter` Common Ground sends: an extended property equal to a value. */
export interface PropertyFilter {
  readonly id: string;
  readonly value: string;
}

// Each quoted part matches `''` or a non-quote, so there is one way to read any input: linear time.
const PROPERTY =
  /^singleValueExtendedProperties\/Any\((\w+): \1\/id eq '((?:[^']|'')*)' and \1\/value eq '((?:[^']|'')*)'\)$/;

/**
 * Parses `singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')`, as Graph
 * documents it for finding messages by a custom property. Anything else is an error message.
 */
export function parseMessageFilter(filter: string): PropertyFilter | string {
  const m = PROPERTY.exec(filter.trim());
  if (!m) return `Invalid filter clause: ${filter.slice(0, 200)}`;
  return { id: (m[2] ?? "").replaceAll("''", "'"), value: (m[3] ?? "").replaceAll("''", "'") };
}

/** Extended property ids compare without regard to case, as Exchange's do; values exactly. */
export function messageMatches(message: G.Message, filter: PropertyFilter): boolean {
  const id = filter.id.toLowerCase();
  return (message.singleValueExtendedProperties ?? []).some(
    (p) => p.id?.toLowerCase() === id && p.value === filter.value,
  );
}
