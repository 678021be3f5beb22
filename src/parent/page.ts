import { decodeOffer } from "../domain/offers/offerLink";
import type { OfferPayload } from "../domain/offers/offerPayload";
import { instant } from "../domain/time/instant";
import { checkAnswer } from "./answer";
import { h, reveal } from "./dom";
import { type PageLanguage, pageLanguage } from "./i18n/language";
import { adviceSection, offerIntro, schoolFooter } from "./offerView";
import { problemView } from "./problemView";
import { responseForm } from "./responseForm";
import { postToDemo, prepareReply } from "./send";
import { sentView } from "./sentView";
import { slotText } from "./slotText";

/** Where the page sends the carer's answer: their mail app, by default. */
export type OpenMail = (mailto: string) => void;

/** Renders the parent response page into `root`; everything it knows comes from the link's fragment. */
export function renderPage(
  root: HTMLElement,
  fragment: string,
  now: number,
  openMail: OpenMail,
  replyDomains: readonly string[] = [],
): void {
  const decoded = trusted(decodeOffer(fragment, instant(now)), replyDomains);
  if (decoded.kind === "broken")
    console.warn("This offer link cannot be read:", decoded.reason, decoded.detail ?? "");
  const language = pageLanguage(decoded.kind === "broken" ? "en-GB" : decoded.offer.lang);
  document.documentElement.lang = language.tag;
  document.documentElement.dir = language.dir;
  if (decoded.kind === "ok") {
    document.title = language.strings.title(decoded.offer.school.name);
    root.replaceChildren(...offerPage(decoded.offer, language, now, openMail));
  } else {
    document.title =
      decoded.kind === "expired" ? language.strings.expiredHeading : language.strings.brokenHeading;
    root.replaceChildren(...problemView(decoded, language.strings));
  }
}

/**
 * A link can be forged to look like the school's and send answers elsewhere; when the deployment
 * names its mail domains, an offer replying anywhere else is treated as a broken link.
 */
function trusted(
  decoded: ReturnType<typeof decodeOffer>,
  replyDomains: readonly string[],
): ReturnType<typeof decodeOffer> {
  if (decoded.kind === "broken" || replyDomains.length === 0) return decoded;
  const domain = decoded.offer.school.replyTo.split("@").pop()?.toLowerCase() ?? "";
  return replyDomains.includes(domain)
    ? decoded
    : { kind: "broken", reason: "invalid", detail: `reply address outside ${replyDomains.join(", ")}` };
}

function offerPage(
  offer: OfferPayload,
  language: PageLanguage,
  now: number,
  openMail: OpenMail,
): HTMLElement[] {
  const t = language.strings;
  const sent = h("div", { class: "sent-area" });
  reveal(sent, false);
  const answering = h("div", { class: "answer-area" });
  const form = responseForm(offer, language, now, (values) => {
    const check = checkAnswer(offer.ref, offer.slots.length, values);
    form.showErrors(check.ok ? [] : check.errors);
    if (!check.ok) return;
    const reply = prepareReply(offer, check.answer, t.reply);
    form.element.dataset.mailto = reply.mailto;
    postToDemo(reply);
    const slot = check.answer.choice === null ? undefined : offer.slots[check.answer.choice - 1];
    const chosen = slot ? slotText(slot.start, slot.end, offer.zone, language.tag, now) : null;
    const view = sentView(reply, chosen, t, () => {
      reveal(sent, false);
      reveal(answering, true);
      form.focusSend();
    });
    sent.replaceChildren(view.element);
    reveal(answering, false);
    reveal(sent, true);
    view.heading.focus();
    window.scrollTo(0, 0);
    openMail(reply.mailto);
  });
  answering.append(...offerIntro(offer, t), form.element);
  return [answering, sent, adviceSection(offer, t), schoolFooter(offer, t)];
}
