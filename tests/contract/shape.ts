/**
 * The places where `ours` lacks something Microsoft's documented example has, or has it with another
 * JSON type. A documented `null` accepts any value; arrays are compared by their first items.
 */
export function shapeGaps(doc: unknown, ours: unknown, path = "$"): string[] {
  if (doc === null || doc === undefined) return [];
  if (Array.isArray(doc)) {
    if (!Array.isArray(ours)) return [`${path}: expected an array`];
    return doc.length === 0 || ours.length === 0 ? [] : shapeGaps(doc[0], ours[0], `${path}[0]`);
  }
  if (typeof doc === "object") {
    if (typeof ours !== "object" || ours === null) return [`${path}: expected an object`];
    return Object.entries(doc).flatMap(([k, v]) =>
      k in ours ? shapeGaps(v, (ours as Record<string, unknown>)[k], `${path}.${k}`) : [`${path}.${k}`],
    );
  }
  return typeof doc === typeof ours || ours === null
    ? []
    : [`${path}: expected ${typeof doc}, got ${typeof ours}`];
}
