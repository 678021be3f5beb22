import type { DecodedOffer } from "../domain/offers/offerLink";
import type { SchoolIdentity } from "../domain/offers/schoolIdentity";
import { h } from "./dom";
import type { Strings } from "./i18n/strings";
import { mailtoUrl } from "./mailto";
import { schoolFooter } from "./offerView";
import { replySubject } from "./send";

/**
 * A link that cannot be used, said kindly. An expired offer (whose reply address the page has
 * accepted) still lets the carer write to the school; a broken one is never trusted for an address,
 * since it may have been changed.
 */
export function problemView(
  decoded: Exclude<DecodedOffer, { kind: "ok" }>,
  school: SchoolIdentity | undefined,
  t: Strings,
): HTMLElement[] {
  if (decoded.kind === "broken" || school === undefined) {
    return [h("header", {}, h("h1", {}, t.brokenHeading), h("p", { class: "lead" }, t.brokenBody))];
  }
  const { offer } = decoded;
  const mailto = mailtoUrl(offer.replyTo, replySubject(offer.ref), "");
  return [
    h(
      "header",
      {},
      h("p", { class: "school", dir: "auto" }, school.name),
      h("h1", {}, t.expiredHeading),
      h("p", { class: "lead" }, t.expiredBody),
      h("p", {}, h("a", { class: "button primary", href: mailto }, t.emailSchool)),
    ),
    schoolFooter(offer, school, t),
  ];
}
