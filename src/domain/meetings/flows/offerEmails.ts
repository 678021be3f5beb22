import { offerEmail } from "../../offers/offerEmail";
import { encodeOffer } from "../../offers/offerLink";
import type { OfferPayload } from "../../offers/offerPayload";
import { instant } from "../../time/instant";
import { ianaZone } from "../../time/zone";
import type { Meeting, MeetingCarer } from "../meeting";
import { when } from "../timelineText";
import type { MeetingDeps } from "./flowDeps";

/** The offer as one carer's link carries it: times, purpose, who comes, contact — nothing sensitive. */
export function offerPayloadFor(
  meeting: Meeting,
  carer: MeetingCarer,
  deps: Pick<MeetingDeps, "school" | "sender">,
): OfferPayload {
  return {
    v: 1,
    ref: carer.ref,
    school: { name: deps.school.name, replyTo: deps.sender.email, phone: deps.school.phone },
    purpose: meeting.purpose,
    people: meeting.invitees.filter((i) => i.required).map((i) => ({ name: i.name, role: i.role })),
    format: meeting.format,
    lang: carer.lang,
    zone: ianaZone(carer.zone),
    slots: (meeting.offer?.slots ?? []).map((s) => ({ start: s.start, end: s.end })),
    expires: meeting.offer?.expires ?? instant(0),
    jurisdiction: deps.school.jurisdiction,
  };
}

/** The link a carer opens to answer. */
export function offerLink(
  meeting: Meeting,
  carer: MeetingCarer,
  deps: Pick<MeetingDeps, "school" | "sender" | "parentPageUrl">,
) {
  return `${deps.parentPageUrl}#${encodeOffer(offerPayloadFor(meeting, carer, deps))}`;
}

/** One carer's offer email, in their language and on their clock. */
export function offerEmailFor(meeting: Meeting, carer: MeetingCarer, deps: MeetingDeps, link: string) {
  const texts = deps.texts(carer.lang);
  return offerEmail({
    offer: offerPayloadFor(meeting, carer, deps),
    carerName: carer.name,
    senderName: deps.sender.name,
    link,
    note: meeting.note,
    moved: meeting.replacing ? texts.notice.moved(when(meeting.replacing.slot, carer.zone)) : undefined,
    text: texts.offer,
  });
}
