import { offerEmail } from "../../offers/offerEmail";
import { encodeOffer } from "../../offers/offerLink";
import type { OfferPayload } from "../../offers/offerPayload";
import { instant } from "../../time/instant";
import { ianaZone } from "../../time/zone";
import type { Meeting, MeetingCarer } from "../meeting";
import { isMeetingTypeId, meetingType } from "../meetingTypes";
import { when } from "../timelineText";
import type { MeetingDeps } from "./flowDeps";

/**
 * The offer as one carer's link carries it: the kind of meeting, times, who comes and where the
 * answer goes — nothing sensitive, and none of staff's own words. Throws a RangeError for a
 * meeting type outside the catalogue (the preview lists it as an offer that cannot be linked).
 */
export function offerPayloadFor(
  meeting: Meeting,
  carer: MeetingCarer,
  deps: Pick<MeetingDeps, "school" | "sender">,
): OfferPayload {
  const type = meeting.typeId;
  if (!isMeetingTypeId(type)) throw new RangeError(`"${type}" is not a meeting type the parent page knows`);
  return {
    v: 2,
    ref: carer.ref,
    type,
    replyTo: deps.sender.email,
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
  const offer = offerPayloadFor(meeting, carer, deps);
  const type = offer.type;
  return offerEmail({
    offer,
    school: deps.school,
    // The catalogue's sentence says why, in their language; staff's own wording only when they changed it.
    staffPurpose: meeting.purpose.trim() === meetingType(type).purpose ? undefined : meeting.purpose,
    carerName: carer.name,
    senderName: deps.sender.name,
    link,
    note: meeting.note,
    moved: meeting.replacing ? texts.notice.moved(when(meeting.replacing.slot, carer.zone)) : undefined,
    text: texts.offer,
  });
}
