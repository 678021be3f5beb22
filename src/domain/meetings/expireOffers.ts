import { isServiceError } from "../errors";
import type { Calendar } from "../ports/calendar";
import type { MeetingRecord, Records, Versioned } from "../ports/records";
import type { Clock } from "../time/clock";
import { instant } from "../time/instant";
import { planFromJson, planToJson } from "./meetingPlan";

/**
 * Closes offers whose time has run out: their calendar holds are released, the record is marked
 * expired and the timeline says so. There is no server of ours to do this on a timer, so the app
 * does it whenever it lists open offers; running it twice changes nothing more.
 */
export async function expireOffers(
  deps: { records: Records; calendar: Calendar; clock: Clock },
  offers: readonly Versioned<MeetingRecord>[],
): Promise<string[]> {
  const expired: string[] = [];
  for (const offer of offers) {
    const plan = planFromJson(offer.value.data);
    if (!plan || plan.booking || plan.expires > deps.clock.now()) continue;
    for (const hold of plan.holds) {
      try {
        await deps.calendar.cancel(hold.eventId, "Released: the offer expired.");
      } catch (e) {
        if (!isServiceError(e, "notFound")) throw e;
      }
    }
    await deps.records.saveMeeting(
      {
        ...offer.value,
        status: "expired",
        updatedAt: instant(deps.clock.now()),
        data: planToJson({ ...plan, holds: [] }),
      },
      offer.version,
    );
    await deps.records.addTimelineEntry({
      childId: plan.childId,
      at: deps.clock.now(),
      kind: "offer",
      summary: "The offered times expired without a booking",
      details: "Any calendar holds were released.",
      meetingRef: offer.value.id,
    });
    expired.push(offer.value.id);
  }
  return expired;
}
