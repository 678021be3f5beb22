import { formatSlot } from "../time/format";
import { escapeHtml } from "./escapeHtml";
import type { OfferEmailText } from "./offerEmailText";
import type { OfferPayload } from "./offerPayload";
import { textDirection } from "./textDirection";

export interface OfferEmail {
  readonly subject: string;
  readonly html: string;
}

/**
 * Words staff typed themselves, introduced in the carer's language ("A message from Ms Reid, in
 * English:") and shown exactly as written, escaped, in their own direction.
 */
export function staffWords(label: string, texts: readonly (string | undefined)[]): string[] {
  const written = texts.map((t) => t?.trim() ?? "").filter((t) => t !== "");
  if (written.length === 0) return [];
  return [
    `<p>${escapeHtml(label)}</p>`,
    `<blockquote dir="auto" style="white-space:pre-wrap;margin:0 0 1em 0;padding-left:12px;border-left:3px solid #999">${written.map((t) => escapeHtml(t)).join("\n\n")}</blockquote>`,
  ];
}

/** Formats one offered time on the carer's clock and in their language. */
export function slotLabel(start: number, end: number, zone: string, lang: string): string {
  // A UK school's families read British dates: plain "en" means en-GB, as on the parent page.
  return formatSlot(start, end, zone, /^en$/i.test(lang) ? "en-GB" : lang);
}

/**
 * The offer email: warm, plain, in the carer's language, saying why we meet, who comes, the times
 * on their clock, their rights, and a link to the response page. Every value is escaped.
 */
export function offerEmail(input: {
  offer: OfferPayload;
  /** The school as its settings name it (the link does not carry this). */
  school: { readonly name: string; readonly phone: string };
  /**
   * Staff's own wording of why we meet, when they changed the catalogue's: shown as written and
   * labelled as theirs, after the catalogue's sentence in the carer's language.
   */
  staffPurpose?: string | undefined;
  carerName: string;
  senderName: string;
  link: string;
  /** The sender's own note, shown as written (not translated) and labelled as theirs. */
  note?: string;
  /** For new times for a booked meeting: the line saying it is being moved, in their language. */
  moved?: string | undefined;
  text: OfferEmailText;
}): OfferEmail {
  const { offer, school, text } = input;
  const e = escapeHtml;
  const dir = textDirection(offer.lang);
  const people = offer.people.map((p) => `<li>${e(p.name)} – ${e(p.role)}</li>`).join("");
  const times = offer.slots
    .map((s) => `<li>${e(slotLabel(s.start, s.end, offer.zone, offer.lang))}</li>`)
    .join("");
  const html = [
    `<div dir="${dir}" lang="${e(offer.lang)}" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
    `<p>${e(text.greeting(input.carerName))}</p>`,
    input.moved ? `<p><strong>${e(input.moved)}</strong></p>` : "",
    `<p>${e(text.purpose(offer.type))} ${e(text.why)}</p>`,
    ...staffWords(text.staffWords(input.senderName), [input.staffPurpose, input.note]),
    `<p>${e(text.who)}</p><ul>${people}</ul>`,
    `<p>${e(text.times)}</p><ol>${times}</ol>`,
    `<p>${e(text.format[offer.format])}</p>`,
    `<p><a href="${e(input.link)}" style="display:inline-block;padding:12px 20px;background:#0f6c6c;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${e(text.choose)}</a></p>`,
    `<p>${e(text.noneWork)} ${e(text.plainReply)}</p>`,
    `<h3>${e(text.rightsTitle)}</h3>`,
    `<ul><li>${e(text.supporter)}</li><li>${e(text.adjustments)}</li><li>${e(text.advice[offer.jurisdiction])}</li></ul>`,
    `<p>${e(text.contact(school.name, school.phone))}</p>`,
    `<p>${e(text.signOff)}<br>${e(input.senderName)}<br>${e(school.name)}</p>`,
    `<p style="color:#666;font-size:12px">${e(offer.ref)}</p>`,
    "</div>",
  ].join("\n");
  return { subject: `${text.subject(school.name)} [${offer.ref}]`, html };
}
