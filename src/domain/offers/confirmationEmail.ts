import type { ConfirmationText } from "./confirmationText";
import { escapeHtml } from "./escapeHtml";
import { slotLabel } from "./offerEmail";
import { textDirection } from "./textDirection";

/**
 * The booking confirmation for one carer, in their language. What they asked for (adjustments, a
 * supporter) is passed only for their own household: separated families never see each other's
 * requests.
 */
export function confirmationEmail(input: {
  carer: { name: string; lang: string; zone: string; ref: string };
  slot: { start: number; end: number; roomName: string | undefined };
  online: boolean;
  theirRequests: readonly string[];
  theirSupporter: string | undefined;
  school: { name: string; phone: string };
  senderName: string;
  text: ConfirmationText;
}): { subject: string; html: string } {
  const { carer, text: t } = input;
  const e = escapeHtml;
  const html = [
    `<div dir="${textDirection(carer.lang)}" lang="${e(carer.lang)}" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
    `<p>${e(t.greeting(carer.name))}</p>`,
    `<p>${e(t.booked(slotLabel(input.slot.start, input.slot.end, carer.zone, carer.lang)))}</p>`,
    input.slot.roomName ? `<p>${e(t.where(input.slot.roomName))}</p>` : "",
    input.online ? `<p>${e(t.online)}</p>` : "",
    input.theirRequests.length
      ? `<p>${e(t.adjustments)}</p><ul>${input.theirRequests.map((n) => `<li>${e(n)}</li>`).join("")}</ul>`
      : "",
    input.theirSupporter ? `<p>${e(t.supporter(input.theirSupporter))}</p>` : "",
    `<p>${e(t.papers)}</p>`,
    `<p>${e(t.change(input.school.name, input.school.phone))}</p>`,
    `<p>${e(t.signOff)}<br>${e(input.senderName)}<br>${e(input.school.name)}</p>`,
    "</div>",
  ].join("\n");
  return { subject: `${t.subject(input.school.name)} [${carer.ref}]`, html };
}
