import { carersOf, replyOf } from "../meetings/households";
import type { Meeting, MeetingCarer } from "../meetings/meeting";
import type { AdjustmentCode, SpeakingOrder } from "../replies/replyAnswer";

/**
 * What the agenda needs to know about one household, read from its reply. This is the one place
 * the agenda reads adjustments and supporters: when adjustments are followed through (requested →
 * arranged) and supporters give an email with consent, only this file changes.
 */
export interface HouseholdAgendaInputs {
  readonly household: string;
  readonly carers: readonly MeetingCarer[];
  readonly speakingOrder: SpeakingOrder;
  /** Adjustments as arranged or, until they are tracked, as requested in the reply. */
  readonly adjustments: readonly AdjustmentCode[];
  readonly interpreterLanguage: string;
  readonly supporter: {
    readonly name: string;
    readonly relationship: string;
    readonly sharePapers: boolean;
    /** Where to send the agenda; unknown until the reply asks for it (none today). */
    readonly email: string | undefined;
  } | null;
  /** What the household asked to talk about, in their own words (parent-supplied text). */
  readonly familyItems: readonly {
    readonly carerId: string;
    readonly carerName: string;
    readonly text: string;
  }[];
}

/** The households on the booking, each with what it told us. */
export function agendaInputs(meeting: Meeting): HouseholdAgendaInputs[] {
  const invited = meeting.booking?.households ?? [];
  return invited.map((household) => {
    const reply = replyOf(meeting, household);
    const answer = reply?.answer;
    const carer = meeting.carers.find((c) => c.id === reply?.carerId);
    const text = answer?.message.trim() ?? "";
    return {
      household,
      carers: carersOf(meeting, household),
      speakingOrder: answer?.speakingOrder ?? "noPreference",
      adjustments: answer?.adjustments ?? [],
      interpreterLanguage: answer?.interpreterLanguage ?? "",
      supporter: answer?.supporter ? { ...answer.supporter, email: undefined } : null,
      familyItems: carer && text ? [{ carerId: carer.id, carerName: carer.name, text }] : [],
    };
  });
}
