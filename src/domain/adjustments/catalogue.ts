import type { DocumentVariant } from "../documents/document";
import type { AdjustmentCode } from "../replies/replyAnswer";
import type { RoomFeature } from "../school/people";

/**
 * Every adjustment the school can make: those a family ticks (reply codes), plus the order of
 * speaking (its own question on the parent page) and anything else they wrote in their own words.
 */
export type AdjustmentKind = AdjustmentCode | "speakingOrder" | "other";

/** Why a meeting is booked longer than staff asked. */
export type ExtraTimeReason = "interpreting" | "longerMeeting" | "breaks";

/** What an adjustment changes about what is booked or sent. */
export type AdjustmentEffect =
  /** Only a room with this feature will do. */
  | { readonly kind: "room"; readonly feature: RoomFeature }
  /** The meeting is made longer. */
  | { readonly kind: "minutes"; readonly reason: ExtraTimeReason }
  /** Someone joins online: the meeting has a Teams link. */
  | { readonly kind: "online" }
  /** Papers are sent in this form (a variant, another language, or earlier than usual). */
  | {
      readonly kind: "document";
      readonly variant?: DocumentVariant;
      readonly translated?: true;
      readonly early?: true;
    }
  /** Someone more comes to the meeting (an interpreter, a familiar face). */
  | { readonly kind: "attendee"; readonly who: "interpreter" | "bslInterpreter" | "familiarPerson" }
  /** How the meeting is run (the agenda's order, who is in the room, the time of day). */
  | { readonly kind: "running" }
  /** Something the office arranges by hand. */
  | { readonly kind: "task" };

/** Who makes it happen: the booking itself, the school office, or the member of staff organising. */
export type Arranger = "booking" | "office" | "organiser";

export interface CatalogueEntry {
  readonly kind: AdjustmentKind;
  readonly effects: readonly AdjustmentEffect[];
  readonly arrangedBy: Arranger;
  /** Whether a family ticks it among the adjustments on the parent page (others have their own question). */
  readonly ticked: boolean;
  /** Words in the school's records (the MIS export, older lists) that mean this adjustment. */
  readonly words: RegExp;
}

/**
 * The one adjustment catalogue. Its order is the order families and staff see. Each entry's
 * label is the key of the same name in `ADJUSTMENT_LABELS` (every family language).
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    kind: "interpreter",
    effects: [
      { kind: "attendee", who: "interpreter" },
      { kind: "minutes", reason: "interpreting" },
    ],
    arrangedBy: "office",
    ticked: true,
    words: /interpret/,
  },
  {
    kind: "bslInterpreter",
    effects: [
      { kind: "attendee", who: "bslInterpreter" },
      { kind: "minutes", reason: "interpreting" },
    ],
    arrangedBy: "office",
    ticked: true,
    words: /\bbsl\b|sign language/,
  },
  {
    kind: "hearingLoop",
    effects: [{ kind: "room", feature: "hearingLoop" }],
    arrangedBy: "booking",
    ticked: true,
    words: /hearing loop|induction loop/,
  },
  {
    kind: "quietRoom",
    effects: [{ kind: "room", feature: "quiet" }],
    arrangedBy: "booking",
    ticked: true,
    words: /quiet/,
  },
  {
    kind: "stepFree",
    effects: [{ kind: "room", feature: "stepFree" }],
    arrangedBy: "booking",
    ticked: true,
    words: /step.?free|wheelchair|ramp|\blift\b/,
  },
  {
    kind: "online",
    effects: [{ kind: "online" }],
    arrangedBy: "booking",
    ticked: true,
    words: /online|video|teams|hybrid/,
  },
  {
    kind: "timeOfDay",
    effects: [{ kind: "running" }],
    arrangedBy: "organiser",
    ticked: true,
    words: /time of day|mornings? only|afternoons? only/,
  },
  {
    kind: "longerMeeting",
    effects: [{ kind: "minutes", reason: "longerMeeting" }],
    arrangedBy: "booking",
    ticked: true,
    words: /longer/,
  },
  {
    kind: "breaks",
    effects: [{ kind: "minutes", reason: "breaks" }],
    arrangedBy: "booking",
    ticked: true,
    words: /break/,
  },
  {
    kind: "fewerPeople",
    effects: [{ kind: "attendee", who: "familiarPerson" }, { kind: "running" }],
    arrangedBy: "organiser",
    ticked: true,
    words: /fewer people|familiar (person|face)|small meeting/,
  },
  {
    kind: "papersInAdvance",
    effects: [{ kind: "document", early: true }],
    arrangedBy: "organiser",
    ticked: true,
    words: /in advance|papers early|before the meeting/,
  },
  {
    kind: "largePrint",
    effects: [{ kind: "document", variant: "largePrint" }],
    arrangedBy: "organiser",
    ticked: true,
    words: /large print/,
  },
  {
    kind: "easyRead",
    effects: [{ kind: "document", variant: "easyRead" }],
    arrangedBy: "organiser",
    ticked: true,
    words: /easy.?read/,
  },
  {
    kind: "papersTranslated",
    effects: [{ kind: "document", translated: true }],
    arrangedBy: "office",
    ticked: true,
    words: /translat|papers in (polish|urdu|arabic|ukrainian|romanian|punjabi|gaelic|welsh)/,
  },
  {
    kind: "speakingOrder",
    effects: [{ kind: "running" }],
    arrangedBy: "organiser",
    ticked: false,
    words: /speak (first|after|last)/,
  },
  { kind: "other", effects: [{ kind: "task" }], arrangedBy: "office", ticked: false, words: /$^/ },
];

const BY_KIND = new Map(CATALOGUE.map((e) => [e.kind, e]));

/** The catalogue entry for an adjustment. */
export function catalogueEntry(kind: AdjustmentKind): CatalogueEntry {
  const entry = BY_KIND.get(kind);
  if (!entry) throw new RangeError(`No catalogue entry for ${kind}`);
  return entry;
}

/** The adjustments a family ticks on the parent page, in the catalogue's order. */
export const TICKED: readonly AdjustmentCode[] = CATALOGUE.filter((e) => e.ticked).map(
  (e) => e.kind as AdjustmentCode,
);

/** The room features a set of adjustments needs, each once. */
export function roomFeaturesFor(kinds: readonly AdjustmentKind[]): RoomFeature[] {
  const out = new Set<RoomFeature>();
  for (const k of kinds) for (const e of catalogueEntry(k).effects) if (e.kind === "room") out.add(e.feature);
  return [...out];
}

/** The document variant a set of adjustments asks for: large print outranks easy read. */
export function documentVariantFor(kinds: readonly AdjustmentKind[]): DocumentVariant {
  const variants = kinds.flatMap((k) =>
    catalogueEntry(k).effects.flatMap((e) => (e.kind === "document" && e.variant ? [e.variant] : [])),
  );
  if (variants.includes("largePrint")) return "largePrint";
  return variants.includes("easyRead") ? "easyRead" : "standard";
}

// "BSL interpreter" is a sign-language interpreter, not a spoken-language one.
const READ_ORDER = [
  catalogueEntry("bslInterpreter"),
  ...CATALOGUE.filter((e) => e.kind !== "bslInterpreter"),
];

/**
 * Reads one of a carer's standing adjustments as the school's records wrote it (free text, e.g.
 * "Interpreter (Polish)") as an adjustment the family could tick, where it clearly is one.
 */
export function adjustmentFromText(text: string): AdjustmentCode | undefined {
  const t = text.toLowerCase();
  const found = READ_ORDER.find((e) => e.ticked && e.words.test(t));
  return found ? (found.kind as AdjustmentCode) : undefined;
}
