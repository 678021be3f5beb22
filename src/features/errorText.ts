import { isServiceError } from "../domain/errors";
import { staffText } from "../domain/i18n/staffMessages";
import { MeetingError, type MeetingProblem } from "../domain/meetings/meetingError";
import { FEATURE_WORDS } from "../domain/scheduling/reasonText";
import { formatSlot } from "../domain/time/format";
import { FLOW_WORDS, STATUS_WORDS } from "./meetings/meetingWords";

/** A meeting problem in plain words, with what to do next. Times are in the school's zone. */
export function meetingProblemText(p: MeetingProblem, zone: string): string {
  const when = (s: { start: number; end: number }) => formatSlot(s.start, s.end, zone, "en-GB");
  switch (p.code) {
    case "unreadable":
      return staffText("problem.unreadable", { problem: p.problem });
    case "noSuchTime":
      return staffText("problem.noSuchTime", { number: p.slot + 1 });
    case "timePassed":
      return staffText("problem.timePassed", { when: when(p.slot) });
    case "timeTaken":
      return staffText("problem.timeTaken", { busy: p.busy.join(", "), count: p.busy.length });
    case "wrongState":
      return staffText("problem.wrongState", {
        status: STATUS_WORDS[p.status],
        action: FLOW_WORDS[p.action],
      });
    case "otherWorkUnderway":
      return staffText("problem.otherWorkUnderway", { flow: FLOW_WORDS[p.flow] });
    case "differentTime":
      return staffText("problem.differentTime", { when: when(p.booked) });
    case "noCarer":
    case "nothingToChase":
    case "noSchoolProfile":
    case "noTimes":
    case "noSuchAdjustment":
    case "reasonNeeded":
      return staffText(`problem.${p.code}`);
    case "noSuitableRoom":
      return staffText("problem.noSuitableRoom", {
        features: p.features.map((f) => FEATURE_WORDS[f]).join(", "),
        when: when(p.slot),
      });
    case "noAgenda":
    case "agendaUnchanged":
    case "lateChangeReason":
      return staffText(`problem.${p.code}`);
    case "badAgendaItem":
      return staffText("problem.badAgendaItem", { item: p.item });
  }
}

/** The plain-language sentence for an error, shown at the UI edge. */
export function errorText(error: unknown, zone = "Europe/London"): string {
  if (isServiceError(error)) return staffText(`error.${error.code}`);
  if (error instanceof MeetingError) return meetingProblemText(error.problem, zone);
  return error instanceof Error
    ? staffText("error.unexpected", { message: error.message })
    : staffText("error.unknown");
}
