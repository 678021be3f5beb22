import { staffText } from "../../domain/i18n/staffMessages";
import type { PrivacyFinding } from "../../domain/privacy/privacyGuard";

/** One privacy finding in plain words for staff: what was found, where, and why it matters. */
export function privacyText(finding: PrivacyFinding, childFirstName: string): string {
  const at = staffText("offer.privacy.at", {
    found: finding.found,
    place: staffText(`offer.privacy.place.${finding.where}`),
  });
  switch (finding.kind) {
    case "childName":
    case "surname":
    case "initials":
      return staffText(`offer.privacy.${finding.kind}`, { at, child: childFirstName });
    case "needsWord":
      return staffText("offer.privacy.needsWord", { at, term: finding.term });
  }
}
