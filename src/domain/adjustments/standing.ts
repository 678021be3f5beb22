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

/** A standing adjustment staff removed because the family asked: kept so an MIS import does not bring it back. */
export interface StandingRemoval {
  readonly kind: AdjustmentCode;
  /** The member of staff who removed it. */
  readonly removedBy: string;
  readonly at: Instant;
}

/** What the column keeps for one carer: the adjustments remembered, and those removed at the family's request. */
export interface StandingRecord {
  readonly items: readonly StandingAdjustment[];
  readonly removed: readonly StandingRemoval[];
}

const kindSchema = z.enum(ADJUSTMENT_CODES as [AdjustmentCode, ...AdjustmentCode[]]);

const storedSchema = z.object({
  v: z.literal(1),
  // Absent on columns written before removals were recorded.
  removed: z.optional(
    z.array(
      z.object({
        kind: kindSchema,
        removedBy: z.string().check(z.maxLength(200)),
        at: z.number().check(z.int(), z.gte(0)),
      }),
    ),
  ),
  items: z.array(
    z.object({
      kind: kindSchema,
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
  return [...readStandingRecord(column).items];
}

/** The whole column: the adjustments kept, and those removed at the family's request (JSON form only). */
export function readStandingRecord(column: string): StandingRecord {
  const text = column.trim();
  if (text.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      if (cause instanceof SyntaxError) return { items: [], removed: [] };
      throw cause;
    }
    const parsed = storedSchema.safeParse(value);
    if (!parsed.success) return { items: [], removed: [] };
    return {
      items: parsed.data.items.map((i) => ({
        kind: i.kind,
        detail: i.detail,
        consent: i.consent && { ...i.consent, at: i.consent.at as Instant },
      })),
      removed: (parsed.data.removed ?? []).map((r) => ({ ...r, at: r.at as Instant })),
    };
  }
  const out: StandingAdjustment[] = [];
  for (const part of text.split(";").map((p) => p.trim())) {
    const kind = part ? adjustmentFromText(part) : undefined;
    if (kind && !out.some((o) => o.kind === kind))
      out.push({ kind, detail: kind === "interpreter" ? detailOf(part) : "", consent: undefined });
  }
  return { items: out, removed: [] };
}

/** The column's value for these adjustments (and removals): the structured form, kept small. */
export function writeStanding(
  items: readonly StandingAdjustment[],
  removed: readonly StandingRemoval[] = [],
): string {
  if (items.length === 0 && removed.length === 0) return "";
  return JSON.stringify({
    v: 1,
    items: items.map((i) => ({
      kind: i.kind,
      detail: i.detail,
      ...(i.consent ? { consent: i.consent } : {}),
    })),
    ...(removed.length > 0 ? { removed } : {}),
  });
}

/**
 * What an MIS import leaves in the column: everything kept here stays (with its consent), the
 * export's own adjustments are added, except any the family asked the school to remove.
 */
export function mergeImported(kept: StandingRecord, exported: readonly StandingAdjustment[]): StandingRecord {
  const added = exported.filter(
    (a) => !kept.items.some((i) => i.kind === a.kind) && !kept.removed.some((r) => r.kind === a.kind),
  );
  return { items: [...kept.items, ...added], removed: kept.removed };
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

/** Adds (or replaces, with the newer consent) one standing adjustment; asked for again, it is no longer "removed". */
export function remembered(record: StandingRecord, item: StandingAdjustment): StandingRecord {
  return {
    items: [...record.items.filter((i) => i.kind !== item.kind), item],
    removed: record.removed.filter((r) => r.kind !== item.kind),
  };
}

/** Removes one, when the family asks, recording who removed it and when. */
export function forgotten(
  record: StandingRecord,
  kind: AdjustmentCode,
  removal: { readonly removedBy: string; readonly at: Instant },
): StandingRecord {
  return {
    items: record.items.filter((i) => i.kind !== kind),
    removed: [...record.removed.filter((r) => r.kind !== kind), { kind, ...removal }],
  };
}
