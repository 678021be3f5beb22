import type { OutgoingPlace, PrivacyFinding } from "../../domain/privacy/privacyGuard";

const PLACES: Record<OutgoingPlace, string> = {
  purpose: "the purpose",
  note: "your note",
  emailSubject: "the email's subject",
  link: "the link (who is coming)",
  eventSubject: "the calendar event's subject",
  eventBody: "the calendar invitation",
  eventLocation: "the room's name",
};

/** One privacy finding in plain words for staff: what was found, where, and why it matters. */
export function privacyText(finding: PrivacyFinding, childFirstName: string): string {
  const at = `“${finding.found}” in ${PLACES[finding.where]}`;
  switch (finding.kind) {
    case "childName":
      return `${at} names ${childFirstName}. Please leave the child's name out: emails and links can be forwarded.`;
    case "surname":
      return `${at} is ${childFirstName}'s surname. Leave it out unless it is there for another reason, such as a carer's own name.`;
    case "initials":
      return `${at} may be ${childFirstName}'s initials. Leave them out unless they mean something else.`;
    case "needsWord":
      return `${at} names a need or diagnosis (${finding.term}). Anyone who sees a forwarded email, the link or the calendar could read it: unless the family asked for it, say it in the meeting instead.`;
  }
}
