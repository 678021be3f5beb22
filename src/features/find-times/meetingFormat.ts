import { staffText } from "../../domain/i18n/staffMessages";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";

/** How the meeting is really held: a family who must join online turns an in-person meeting hybrid. */
export function effectiveFormat(requested: MeetingFormat, needsOnline: boolean): MeetingFormat {
  return needsOnline && requested === "inPerson" ? "hybrid" : requested;
}

/** How the meeting will be held, in words for staff, saying why when it is not what they chose. */
export function formatDescription(requested: MeetingFormat, effective: MeetingFormat): string {
  if (effective === "inPerson") return staffText("findTimes.format.inPerson");
  if (effective === "online") return staffText("findTimes.format.online");
  return staffText(
    requested === "inPerson" ? "findTimes.format.onlineAsked" : "findTimes.format.hybridChosen",
  );
}
