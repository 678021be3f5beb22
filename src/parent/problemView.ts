import type { DecodedOffer } from "../domain/offers/offerLink";
import { h } from "./dom";
import type { Strings } from "./i18n/strings";
import { mailtoUrl } from "./mailto";
import { schoolFooter } from "./offerView";
import { replySubject } from "./send";

/**
 * A link that cannot be used, said kindly. An expired offer still names its school, so the carer
 * can write to them; a broken one is never trusted for an address, since it may have been changed.
 */
export function problemView(decoded: Exclude<DecodedOffer, { kind: "ok" }>, t: Strings): HTMLElement[] {
  if (decoded.kind === "broken") {
    return [h("header", {}, h("h1", {}, t.brokenHeading), h("p", { class: "lead" }, t.brokenBody))];
  }
  const { offer } = decoded;
  const mailto = mailtoUrl(offer.school.replyTo, replySubject(offer.ref), "");
  return [
    h(
      "header",
      {},
      h("p", { class: "school", dir: "auto" }, offer.school.name),
      h("h1", {}, t.expiredHeading),
      h("p", { class: "lead" }, t.expiredBody),
      h("p", {}, h("a", { class: "button primary", href: mailto }, t.emailSchool)),
    ),
    schoolFooter(offer, t),
  ];
}
