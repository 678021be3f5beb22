import type { MeetingFormat } from "../../domain/scheduling/freeBusy";

/** How the meeting is really held: a family who must join online turns an in-person meeting hybrid. */
export function effectiveFormat(requested: MeetingFormat, needsOnline: boolean): MeetingFormat {
  return needsOnline && requested === "inPerson" ? "hybrid" : requested;
}

/** How the meeting will be held, in words for staff, saying why when it is not what they chose. */
export function formatDescription(requested: MeetingFormat, effective: MeetingFormat): string {
  if (effective === "inPerson") return "In person";
  if (effective === "online") return "Online (Teams)";
  return requested === "inPerson"
    ? "In person, with an online option (the family asked to join online)"
    : "Hybrid: in person, with an online option";
}
