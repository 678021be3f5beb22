import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageMatches, parseMessageFilter } from "./messageFilter";

// The shape Graph documents; the mail adapter's own filter is checked end to end by the fault suite.
const REFERENCE_PROPERTY = "String {6d1c8a2e-53b4-4f0e-9a71-c2e84b0f5d39} Name CommonGroundReference";
const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
const referenceFilter = (value: string) =>
  `singleValueExtendedProperties/Any(ep: ep/id eq ${quote(REFERENCE_PROPERTY)} and ep/value eq ${quote(value)})`;

describe("the demo tenant's message $filter", () => {
  it("reads back exactly the reference asked for, whatever its characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: "grapheme" }), (reference) => {
        expect(parseMessageFilter(referenceFilter(reference))).toEqual({
          id: REFERENCE_PROPERTY,
          value: reference,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("matches the property by id (any case) and the value exactly", () => {
    const message = {
      singleValueExtendedProperties: [{ id: REFERENCE_PROPERTY.toUpperCase(), value: "CG-1" }],
    };
    expect(messageMatches(message, { id: REFERENCE_PROPERTY, value: "CG-1" })).toBe(true);
    expect(messageMatches(message, { id: REFERENCE_PROPERTY, value: "cg-1" })).toBe(false);
    expect(messageMatches({}, { id: REFERENCE_PROPERTY, value: "CG-1" })).toBe(false);
  });

  it("refuses anything else with a message, never throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const parsed = parseMessageFilter(text);
        expect(typeof parsed === "string" || typeof parsed.value === "string").toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(parseMessageFilter("subject eq 'x'")).toBe("Invalid filter clause: subject eq 'x'");
  });

  it("reads hostile filters of 200,000 characters in linear time", () => {
    const start = performance.now();
    for (const hostile of [
      `singleValueExtendedProperties/Any(ep: ep/id eq '${"''".repeat(100_000)}`,
      `singleValueExtendedProperties/Any(ep: ep/id eq 'x' and ep/value eq '${"a'".repeat(100_000)})`,
      "(".repeat(200_000),
    ]) {
      expect(typeof parseMessageFilter(hostile)).toBe("string");
    }
    // Quadratic backtracking on these would take minutes; linear reading takes milliseconds.
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
