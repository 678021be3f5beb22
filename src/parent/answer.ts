import {
  ADJUSTMENT_CODES,
  type AdjustmentCode,
  type ReplyAnswer,
  type SpeakingOrder,
} from "../domain/replies/replyAnswer";
import { SUPPORTER_EMAIL } from "../domain/replies/replyAnswerCodec";
import type { Strings } from "./i18n/strings";

/** What the form holds, as plain values, so checking it needs no DOM. */
export interface FormValues {
  /** "1"…"6" for an offered time, "none" when none work, null when nothing is chosen. */
  readonly time: string | null;
  readonly availability: string;
  readonly adjustments: readonly string[];
  readonly interpreterLanguage: string;
  readonly otherNeeds: string;
  readonly supporterName: string;
  readonly supporterRelationship: string;
  /** Optional; older forms (and tests) may leave it out. */
  readonly supporterEmail?: string;
  readonly sharePapers: boolean;
  readonly speaking: string;
  readonly message: string;
}

/** The fields that can be wrong, each with the sentence that says how to put it right. */
export type FieldName = "time" | "availability" | "interpreterLanguage" | "supporterName" | "supporterEmail";
export type ErrorKey =
  | "errChooseTime"
  | "errAvailability"
  | "errInterpreterLanguage"
  | "errSupporterName"
  | "errSupporterEmail";
export interface FieldError {
  readonly field: FieldName;
  /** A sentence of the page's strings, or of the supporter messages (`errSupporterEmail`). */
  readonly key: (ErrorKey & keyof Strings) | "errSupporterEmail";
}

export type AnswerCheck =
  | { readonly ok: true; readonly answer: ReplyAnswer }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

const SPEAKING: readonly SpeakingOrder[] = ["first", "after", "noPreference"];

// Pasted text can carry control characters and a textarea may report CRLF; a reply carries neither.
const oneLine = (text: string) => text.replace(/[\p{Cc}\p{Cs}]+/gu, " ").trim();
const lines = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .replace(/(?![\n\t])[\p{Cc}\p{Cs}]/gu, "")
    .trim();

/** Turns what the carer filled in into a reply, or says what needs fixing (in the form's order). */
export function checkAnswer(ref: string, slotCount: number, v: FormValues): AnswerCheck {
  const errors: FieldError[] = [];
  const none = v.time === "none";
  const chosen = none || v.time === null ? null : Number(v.time);
  const validChoice = chosen !== null && Number.isInteger(chosen) && chosen >= 1 && chosen <= slotCount;
  const availability = lines(v.availability);
  if (!none && !validChoice) errors.push({ field: "time", key: "errChooseTime" });
  if (none && availability === "") errors.push({ field: "availability", key: "errAvailability" });

  const ticked = new Set(v.adjustments);
  const adjustments: AdjustmentCode[] = ADJUSTMENT_CODES.filter((code) => ticked.has(code));
  const interpreterLanguage = ticked.has("interpreter") ? oneLine(v.interpreterLanguage) : "";
  if (ticked.has("interpreter") && interpreterLanguage === "")
    errors.push({ field: "interpreterLanguage", key: "errInterpreterLanguage" });

  const name = oneLine(v.supporterName);
  const relationship = oneLine(v.supporterRelationship);
  const email = oneLine(v.supporterEmail ?? "");
  if (name === "" && (v.sharePapers || relationship !== "" || email !== ""))
    errors.push({ field: "supporterName", key: "errSupporterName" });
  if (email !== "" && (email.length > 254 || !SUPPORTER_EMAIL.test(email)))
    errors.push({ field: "supporterEmail", key: "errSupporterEmail" });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    answer: {
      ref,
      choice: none ? null : chosen,
      availability: none ? availability : "",
      adjustments,
      interpreterLanguage,
      otherNeeds: lines(v.otherNeeds),
      supporter:
        name === "" ? null : { name, relationship, sharePapers: v.sharePapers, ...(email ? { email } : {}) },
      speakingOrder: SPEAKING.find((s) => s === v.speaking) ?? "noPreference",
      message: lines(v.message),
    },
  };
}
