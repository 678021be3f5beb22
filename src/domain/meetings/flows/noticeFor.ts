import type { OutgoingMail } from "../../ports/mail";
import type { MeetingCarer } from "../meeting";
import type { MeetingDeps } from "./flowDeps";

/** The frame every notice to one carer shares: who, in which language, from whom. */
export function noticeFrame(carer: MeetingCarer, deps: MeetingDeps) {
  const texts = deps.texts(carer.lang);
  return {
    reader: { name: carer.name, lang: carer.lang, ref: carer.ref },
    school: deps.school,
    senderName: deps.sender.name,
    confirmation: texts.confirmation,
    text: texts.notice,
  };
}

export function mailTo(
  carer: MeetingCarer,
  email: { subject: string; html: string },
  reference: string,
): OutgoingMail {
  return {
    to: [{ name: carer.name, email: carer.email }],
    cc: [],
    subject: email.subject,
    html: email.html,
    reference,
  };
}
