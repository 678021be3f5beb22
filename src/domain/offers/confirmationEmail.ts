import type { ConfirmationText } from "./confirmationText";
import { escapeHtml } from "./escapeHtml";
import { slotLabel } from "./offerEmail";
import { textDirection } from "./textDirection";

/** How this household takes part: what their confirmation must say to be true for them. */
export interface HouseholdPart {
  /** Whether they are on the invitation, have not answered yet, or chose another time. */
  readonly answer: "accepted" | "notAnswered" | "otherTime";
  /** Online: they join online; option: they may come in or join online; none: in person only. */
  readonly online: "joining" | "option" | "none";
  readonly joinUrl: string | undefined;
}

/**
 * The booking confirmation for one carer, in their language. What they asked for (adjustments, a
 * supporter) is passed only for their own household: separated families never see each other's
 * requests.
 */
export function confirmationEmail(input: {
  carer: { name: string; lang: string; zone: string; ref: string };
  slot: { start: number; end: number; roomName: string | undefined };
  part: HouseholdPart;
  theirRequests: readonly string[];
  theirSupporter: string | undefined;
  school: { name: string; phone: string };
  senderName: string;
  text: ConfirmationText;
}): { subject: string; html: string } {
  const { carer, text: t, part } = input;
  const e = escapeHtml;
  const joinButton =
    part.online !== "none" && part.joinUrl
      ? `<p><a href="${e(part.joinUrl)}" style="display:inline-block;padding:12px 20px;background:#0f6c6c;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${e(t.join)}</a></p>`
      : "";
  const html = [
    `<div dir="${textDirection(carer.lang)}" lang="${e(carer.lang)}" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
    `<p>${e(t.greeting(carer.name))}</p>`,
    `<p>${e(t.booked(slotLabel(input.slot.start, input.slot.end, carer.zone, carer.lang)))}</p>`,
    part.online !== "joining" && input.slot.roomName ? `<p>${e(t.where(input.slot.roomName))}</p>` : "",
    part.online === "joining" ? `<p>${e(t.online)}</p>` : "",
    part.online === "option" ? `<p>${e(t.orOnline)}</p>` : "",
    joinButton,
    part.answer === "notAnswered" ? `<p>${e(t.notAnswered)}</p>` : "",
    part.answer === "otherTime" ? `<p>${e(t.otherTime)}</p>` : "",
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
