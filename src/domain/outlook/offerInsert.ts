import type { Meeting, MeetingCarer } from "../meetings/meeting";
import { escapeHtml } from "../offers/escapeHtml";
import { formatSlot } from "../time/format";

/**
 * The offer as a few lines to put into an email staff are writing: the times on the carer's own
 * clock, the reference (so the reply is recognised) and their link to the parent page.
 */
export function offerInsertHtml(meeting: Meeting, carer: MeetingCarer, link: string): string {
  const times = (meeting.offer?.slots ?? []).map(
    (s, i) => `<li>Time ${i + 1}: ${escapeHtml(formatSlot(s.start, s.end, carer.zone, "en-GB"))}</li>`,
  );
  return [
    `<p>These are the times we can offer (reference ${escapeHtml(carer.ref)}):</p>`,
    `<ul>${times.join("")}</ul>`,
    `<p>Choose one, or tell us what works for you, here: <a href="${escapeHtml(link)}">${escapeHtml("Choose a time")}</a>. You can also simply reply to this email.</p>`,
  ].join("");
}
