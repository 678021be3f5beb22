import type { OfferPayload } from "../domain/offers/offerPayload";
import type { ReplyAnswer } from "../domain/replies/replyAnswer";
import type { ReplyLabels } from "../domain/replies/replyLabels";
import { formatStructuredReply } from "../domain/replies/structuredReply";
import { fitReply, mailtoUrl } from "./mailto";

/** The email a carer's answer becomes, ready for their mail app and for copying by hand. */
export interface PreparedReply {
  readonly to: string;
  readonly subject: string;
  /** What goes in the mailto: link, shortened if it had to be. */
  readonly body: string;
  /** The whole answer, for copying when no mail app opens or the link had to be shortened. */
  readonly fullBody: string;
  readonly mailto: string;
  readonly shortened: boolean;
}

/** The subject the add-in and the school's inbox rules recognise. */
export const replySubject = (ref: string): string => `Re: Meeting times [${ref}]`;

/**
 * The email for an answer: readable lines in the carer's language (so they can check what they
 * send) and the token the add-in reads, shortened where a mailto: link needs it.
 */
export function prepareReply(offer: OfferPayload, answer: ReplyAnswer, labels: ReplyLabels): PreparedReply {
  const render = (a: ReplyAnswer) => formatStructuredReply(a, offer, labels);
  const fitted = fitReply(answer, render);
  const to = offer.replyTo;
  const subject = replySubject(offer.ref);
  return {
    to,
    subject,
    body: fitted.body,
    fullBody: render(answer),
    mailto: mailtoUrl(to, subject, fitted.body),
    shortened: fitted.shortened.length > 0,
  };
}

/** The channel the app's demo listens on to put a carer's reply into the demo mailbox. */
export const DEMO_CHANNEL = "common-ground-demo";

/**
 * Also hands the reply to the app's demo, which runs in the same origin and delivers it into the
 * demo school's mailbox. Always posted: in production nothing listens, and nothing leaves the device.
 */
export function postToDemo(reply: PreparedReply): void {
  if (typeof BroadcastChannel !== "function") return;
  const channel = new BroadcastChannel(DEMO_CHANNEL);
  try {
    channel.postMessage({ type: "parent-reply", to: reply.to, subject: reply.subject, body: reply.body });
  } finally {
    channel.close();
  }
}
