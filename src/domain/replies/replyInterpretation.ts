import type { ReplyAnswer } from "./replyAnswer";
import type { ReplyHints } from "./replyHints";

/** Why a free-text reply could mean more than one time, or none that was offered. */
export type UnclearCode =
  /** Names something that fits more than one offered time ("Tuesday" with two Tuesdays offered). */
  | "several"
  /** Its details point at different times ("Tuesday 3rd" when the 3rd is a Thursday). */
  | "conflicting"
  /** Names a time that was not offered ("Monday works"). */
  | "notOffered"
  /** Says which times do not work, but not which one does. */
  | "ruledOutOnly"
  /** Says any of the times would do. */
  | "anyWillDo"
  /** Says yes and no to the same time. */
  | "contradictory";

/** Why a reply could not be read at all. */
export type NotUnderstoodCode =
  /** Nothing written above the quoted history. */
  | "empty"
  /** No offered time can be picked out of the words. */
  | "noTime"
  /** The reply carries another offer's reference. */
  | "otherOffer"
  /** The structured part was damaged on the way. */
  | "damagedStructuredReply"
  /** The structured part chose a time the offer does not have. */
  | "choiceNotOffered"
  /** Reading it did not finish within the time allowed (it is shown as it came, unread). */
  | "unreadable";

/**
 * What a reply to an offer says, as a suggestion for staff to confirm. Closed: every reply is
 * exactly one of these, and every string in it is plain text.
 */
export type ReplyInterpretation =
  | { readonly kind: "structured"; readonly answer: ReplyAnswer; readonly hints: ReplyHints }
  | {
      readonly kind: "choice";
      /** 1-based, as in the offer. */
      readonly choice: number;
      readonly confidence: "high" | "medium";
      /** The family's words that chose it. */
      readonly evidence: string;
      readonly hints: ReplyHints;
    }
  | {
      readonly kind: "noneWork";
      /** What the family wrote, in their words. */
      readonly availability: string;
      readonly hints: ReplyHints;
    }
  | {
      readonly kind: "unclear";
      /** 1-based offered times it could mean, in order; empty when it names none that was offered. */
      readonly candidates: readonly number[];
      readonly code: UnclearCode;
      /** For staff, e.g. `“Tuesday is fine” could mean more than one of the offered times`. */
      readonly reason: string;
      readonly hints: ReplyHints;
    }
  | {
      readonly kind: "notUnderstood";
      readonly code: NotUnderstoodCode;
      /** For staff, e.g. "no offered time could be picked out of it". */
      readonly reason: string;
      readonly hints: ReplyHints;
    };
