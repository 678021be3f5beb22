import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReply } from "./interpretReply";
import { DECEMBER } from "./replyTestOffers";
import {
  ADVERSARIAL_FRAGMENTS,
  adversarialBody,
  quotedOnly,
  realToken,
  repeated,
} from "./testing/adversarialReplies";

/*
 * The reply reader runs on whatever arrives in the school's inbox. These bodies are built to make
 * it slow; it must stay linear in their length and within a hard bound at 1 MB. Times are the
 * best of a few runs, so that another process on the machine does not decide the result.
 */

const offer = { ref: DECEMBER.ref, slots: DECEMBER.slots, zone: DECEMBER.zone };
// A generous ceiling for a loaded test machine; the bench reports the real figure (target 1 s).
const HARD_BOUND_MS = 2_500;
const MB = 1_048_576;

function read(body: string, bodyIsHtml: boolean) {
  return readReply({ subject: "Re: Meeting about Noor [CG-7K3M-Q9XD]", body, bodyIsHtml, offer });
}

function bestTime(body: string, bodyIsHtml: boolean, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    read(body, bodyIsHtml);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("reading a hostile reply", () => {
  it("reads a 180 KB bracket-heavy body within the bound, and finds nothing in it", {
    timeout: 30_000,
  }, () => {
    const body = repeated(`[cg1:${"A".repeat(20)}[<[>[c<x>g1:`, 180_000);
    const start = performance.now();
    const { reading, text } = read(body, false);
    expect(performance.now() - start).toBeLessThan(HARD_BOUND_MS);
    expect(reading.kind).toBe("notUnderstood");
    expect(reading.kind === "notUnderstood" && reading.code).toBe("damagedStructuredReply");
    expect(text.length).toBeLessThanOrEqual(10_000);
  });

  it("reads a body of quoted history only (which has no words of its own) within the bound", {
    timeout: 30_000,
  }, () => {
    for (const size of [180_000, MB]) {
      const start = performance.now();
      const { reading, text } = read(quotedOnly(size), true);
      expect(performance.now() - start).toBeLessThan(HARD_BOUND_MS);
      expect(text).toBe("");
      expect(reading.kind === "notUnderstood" && reading.code).toBe("empty");
    }
  });

  it("still finds a structured answer quoted whole in a reply with no words of its own", () => {
    const body = `<blockquote>${realToken()}</blockquote>${repeated("> [", 500_000)}`;
    const { reading } = read(body, true);
    expect(reading.kind === "structured" && reading.answer.choice).toBe(2);
  });

  it.each(Object.entries(ADVERSARIAL_FRAGMENTS))(
    "%s: 4x the input takes well under 16x the time, and 1 MB stays within the bound",
    { timeout: 60_000 },
    (_name, fragment) => {
      for (const bodyIsHtml of [false, true]) {
        read(repeated(fragment, 20_000), bodyIsHtml);
        const small = bestTime(repeated(fragment, 48_000), bodyIsHtml);
        const large = bestTime(repeated(fragment, 192_000), bodyIsHtml);
        // Below a few milliseconds the clock and the collector decide the ratio, not the reader.
        expect(large).toBeLessThan(Math.max(10 * small, 40));
        expect(bestTime(repeated(fragment, MB), bodyIsHtml, 1)).toBeLessThan(HARD_BOUND_MS);
      }
    },
  );

  it("any mix of hostile fragments up to 1 MB is read within the bound, as plain text", {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(adversarialBody(MB), fc.boolean(), (body, bodyIsHtml) => {
        const start = performance.now();
        const { text } = read(body, bodyIsHtml);
        expect(performance.now() - start).toBeLessThan(HARD_BOUND_MS);
        expect(text).not.toMatch(/<[\p{L}/!?]/u);
      }),
      { numRuns: 40 },
    );
  });
});
