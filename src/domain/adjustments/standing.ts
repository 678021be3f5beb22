import { z } from "zod/mini";
import { ADJUSTMENT_CODES, type AdjustmentCode } from "../replies/replyAnswer";
import type { Instant } from "../time/instant";
import { adjustmentLabel } from "./adjustmentLabels";
import { adjustmentFromText } from "./catalogue";

/** How the family gave their consent to be remembered. */
export type ConsentWay = "reply" | "email" | "phone" | "inPerson";

export const CONSENT_WAYS: readonly ConsentWay[] = ["reply", "email", "phone", "inPerson"];

/** The family's consent to keep an adjustment for next time: who gave it, when, how, and who wrote it down. */
export interface StandingConsent {
  /** The carer (or other family member) who agreed, by name. */
  readonly givenBy: string;
  readonly at: Instant;
  readonly how: ConsentWay;
  /** The member of staff who recorded it. */
  readonly recordedBy: string;
}

/** An adjustment the school remembers for a carer, so the next meeting is arranged with it. */
export interface StandingAdjustment {
  readonly kind: AdjustmentCode;
  /** What goes with it, e.g. the interpreter's language. */
  readonly detail: string;
  /**
   * The family's consent. Absent for those that came as text from the school's MIS export or an
   * older list, before consent was recorded here.
   */
  readonly consent: StandingConsent | undefined;
}

const storedSchema = z.object({
  v: z.literal(1),
  items: z.array(
    z.object({
      kind: z.enum(ADJUSTMENT_CODES as [AdjustmentCode, ...AdjustmentCode[]]),
      detail: z.string().check(z.maxLength(200)),
      consent: z.optional(
        z.object({
          givenBy: z.string().check(z.maxLength(200)),
          at: z.number().check(z.int(), z.gte(0)),
          how: z.enum(["reply", "email", "phone", "inPerson"]),
          recordedBy: z.string().check(z.maxLength(200)),
        }),
      ),
    }),
  ),
});

/** "Interpreter (Polish)": the words in brackets are the detail. */
const detailOf = (text: string) => /\(([^()]{1,60})\)\s*$/.exec(text)?.[1]?.trim() ?? "";

/**
 * Reads the StandingAdjustments column: the structured form this app writes (JSON), or the older
 * free text ("Interpreter (Polish); Step-free access") read through the catalogue. Text the
 * catalogue does not know is left out here (the school's words are still shown as written).
 */
export function readStanding(column: string): StandingAdjustment[] {
  const text = column.trim();
  if (text.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      if (cause instanceof SyntaxError) return [];
      throw cause;
    }
    const parsed = storedSchema.safeParse(value);
    if (!parsed.success) return [];
    return parsed.data.items.map((i) => ({
      kind: i.kind,
      detail: i.detail,
      consent: i.consent && { ...i.consent, at: i.consent.at as Instant },
    }));
  }
  const out: StandingAdjustment[] = [];
  for (const part of text.split(";").map((p) => p.trim())) {
    const kind = part ? adjustmentFromText(part) : undefined;
    if (kind && !out.some((o) => o.kind === kind))
      out.push({ kind, detail: kind === "interpreter" ? detailOf(part) : "", consent: undefined });
  }
  return out;
}

/** The column's value for these adjustments: the structured form, kept small. */
export function writeStanding(items: readonly StandingAdjustment[]): string {
  if (items.length === 0) return "";
  return JSON.stringify({
    v: 1,
    items: items.map((i) => ({
      kind: i.kind,
      detail: i.detail,
      ...(i.consent ? { consent: i.consent } : {}),
    })),
  });
}

/** The column's words for people: the structured items by name, or the school's own text as written. */
export function standingWords(column: string): string[] {
  const text = column.trim();
  if (!text.startsWith("{"))
    return text
      .split(";")
      .map((a) => a.trim())
      .filter(Boolean);
  return readStanding(text).map(standingLabel);
}

/** One standing adjustment in English for staff, e.g. "An interpreter (Polish)". */
export const standingLabel = (s: StandingAdjustment): string =>
  s.detail ? `${adjustmentLabel(s.kind)} (${s.detail})` : adjustmentLabel(s.kind);

/** Adds (or replaces, with the newer consent) one standing adjustment. */
export function remembered(
  items: readonly StandingAdjustment[],
  item: StandingAdjustment,
): StandingAdjustment[] {
  return [...items.filter((i) => i.kind !== item.kind), item];
}

/** Removes one, when the family asks. */
export const forgotten = (items: readonly StandingAdjustment[], kind: AdjustmentCode): StandingAdjustment[] =>
  items.filter((i) => i.kind !== kind);
