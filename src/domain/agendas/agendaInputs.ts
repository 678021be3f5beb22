import { carersOf, replyOf } from "../meetings/households";
import type { Meeting, MeetingCarer } from "../meetings/meeting";
import { followUpsOf } from "../meetings/meetingAdjustments";
import type { AdjustmentCode, SpeakingOrder, Supporter } from "../replies/replyAnswer";

/**
 * What the agenda needs to know about one household, read from its reply. This is the one place
 * the agenda reads adjustments and supporters: an adjustment staff marked not possible is left out,
 * and a supporter gets the papers only with an email and the family's consent.
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
    /** Where to send the agenda: only when the family gave an email and allowed papers to be shared. */
    readonly email: string | undefined;
  } | null;
  /** What the household asked to talk about, in their own words (parent-supplied text). */
  readonly familyItems: readonly {
    readonly carerId: string;
    readonly carerName: string;
    readonly text: string;
  }[];
}

/** A supporter's email for papers: given, allowed by the family, and households not kept apart. */
function papersTo(meeting: Meeting, s: Supporter): string | undefined {
  const email = s.email?.trim();
  return s.sharePapers && email && !meeting.keepApart ? email : undefined;
}

/** The households on the booking, each with what it told us. */
export function agendaInputs(meeting: Meeting): HouseholdAgendaInputs[] {
  const invited = meeting.booking?.households ?? [];
  return invited.map((household) => {
    const reply = replyOf(meeting, household);
    const answer = reply?.answer;
    const carer = meeting.carers.find((c) => c.id === reply?.carerId);
    const text = answer?.message.trim() ?? "";
    const notPossible = new Set(
      followUpsOf(meeting)
        .filter((f) => f.household === household && f.state === "notPossible")
        .map((f) => f.kind),
    );
    return {
      household,
      carers: carersOf(meeting, household),
      speakingOrder: answer?.speakingOrder ?? "noPreference",
      // What could not be arranged is not promised in the agenda; the family has been told why.
      adjustments: (answer?.adjustments ?? []).filter((a) => !notPossible.has(a)),
      interpreterLanguage: answer?.interpreterLanguage ?? "",
      supporter: answer?.supporter
        ? { ...answer.supporter, email: papersTo(meeting, answer.supporter) }
        : null,
      familyItems: carer && text ? [{ carerId: carer.id, carerName: carer.name, text }] : [],
    };
  });
}
