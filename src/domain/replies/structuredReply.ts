import { base64urlToText, textToBase64url } from "../offers/base64url";
import type { Instant } from "../time/instant";
import type { IanaZone } from "../time/zone";
import type { ReplyAnswer } from "./replyAnswer";
import { answerFromJson, answerToJson, checkReplyAnswer } from "./replyAnswerCodec";
import { localeSlotTime, type ReplyLabels } from "./replyLabels";
import { findTokens, startsToken, token, tokenPayloads } from "./replyToken";

/*
 * The structured reply the parent page writes into a mailto: body. The readable lines are for
 * people (the carer checking what they send, staff reading it); the last line, the token
 * `[cg1:<base64url of the answer's compact JSON>]`, is for the add-in and makes the round trip
 * exact whatever language the lines are in and whatever the mail apps do to them.
 */

/** What of the offer a structured reply needs. */
export interface StructuredReplyOffer {
  readonly slots: readonly { readonly start: Instant; readonly end: Instant }[];
  readonly zone: IanaZone;
  /** The carer's language (BCP 47), for times when the labels do not format them. */
  readonly lang: string;
}

function choiceText(answer: ReplyAnswer, offer: StructuredReplyOffer, labels: ReplyLabels): string {
  if (answer.choice === null) return labels.noneWork;
  const slot = offer.slots[answer.choice - 1];
  if (!slot) return String(answer.choice);
  const time = labels.slotTime
    ? labels.slotTime(slot.start, offer.zone)
    : localeSlotTime(slot.start, offer.zone, offer.lang);
  return `${answer.choice} – ${time}`;
}

function adjustmentsText(answer: ReplyAnswer, labels: ReplyLabels): string {
  return answer.adjustments
    .map((code) =>
      code === "interpreter" && answer.interpreterLanguage.trim() !== ""
        ? labels.interpreterFor(answer.interpreterLanguage)
        : labels.adjustment[code],
    )
    .join("; ");
}

/** A carer's text can never pass for a token: a `[` that starts one becomes `(`. */
function defused(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += startsToken(text, i) ? "(" : text[i];
  return out;
}

/**
 * The body of a structured reply: readable lines in the carer's language, then a blank line and
 * the token. Lines with nothing to say are left out. Throws a RangeError naming the field when
 * the answer could not be read back (check first with `checkReplyAnswer` to avoid that).
 */
export function formatStructuredReply(
  answer: ReplyAnswer,
  offer: StructuredReplyOffer,
  labels: ReplyLabels,
): string {
  const check = checkReplyAnswer(answer);
  if (!check.ok) throw new RangeError(`This answer cannot be sent as a structured reply: ${check.detail}`);
  const lines: [string, string][] = [
    [labels.reference, answer.ref],
    [labels.choice, choiceText(answer, offer, labels)],
  ];
  if (answer.choice === null && answer.availability.trim())
    lines.push([labels.availability, answer.availability]);
  if (answer.adjustments.length > 0) lines.push([labels.adjustments, adjustmentsText(answer, labels)]);
  if (answer.otherNeeds.trim()) lines.push([labels.otherNeeds, answer.otherNeeds]);
  if (answer.supporter) lines.push([labels.supporter, labels.supporterText(answer.supporter)]);
  if (answer.speakingOrder !== "noPreference")
    lines.push([labels.speakingOrder, labels.speaking[answer.speakingOrder]]);
  if (answer.message.trim()) lines.push([labels.message, answer.message]);
  const readable = defused(lines.map(([label, value]) => `${label}: ${value}`).join("\n"));
  return `${readable}\n\n${token(textToBase64url(answerToJson(answer)))}`;
}

/**
 * The answer in the first intact structured-reply token in `text` (plain text or HTML, however
 * wrapped, quoted or converted on the way), or undefined. Never throws.
 */
export function parseStructuredReply(text: string): ReplyAnswer | undefined {
  // Undecoded quoted-printable soft breaks can fall inside a tag or a character reference.
  for (const payload of tokenPayloads(text.replace(/=\r?\n/g, ""))) {
    const json = base64urlToText(payload);
    const answer = json === null ? undefined : answerFromJson(json);
    if (answer) return answer;
  }
  return undefined;
}

/** Whether `text` holds something that looks like a structured-reply token, intact or not. */
export function hasStructuredToken(text: string): boolean {
  return findTokens(text).length > 0;
}
