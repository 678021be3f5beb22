import type { OfferPayload } from "../domain/offers/offerPayload";
import type { SchoolIdentity } from "../domain/offers/schoolIdentity";
import { h } from "./dom";
import type { Strings } from "./i18n/strings";

const ENQUIRE_PHONE = "0345 123 2303";

/**
 * The top of the page: who is writing, why, who will be there, how, and the family's rights. The
 * school and the purpose are the deployment's and the catalogue's words, never the link's.
 */
export function offerIntro(offer: OfferPayload, school: SchoolIdentity, t: Strings): HTMLElement[] {
  return [
    h(
      "header",
      {},
      h("p", { class: "school", dir: "auto" }, school.name),
      h("h1", {}, t.heading),
      h("p", { class: "lead" }, t.greeting(school.name)),
    ),
    section("why", t.whyHeading, h("p", {}, t.purpose(offer.type))),
    section(
      "who",
      t.whoHeading,
      h(
        "ul",
        { class: "people" },
        ...offer.people.map((p) =>
          h("li", {}, h("strong", { dir: "auto" }, p.name), h("span", { dir: "auto" }, p.role)),
        ),
      ),
    ),
    section("how", t.formatHeading, h("p", {}, t.formats[offer.format])),
    section(
      "rights",
      t.rightsHeading,
      h(
        "ul",
        { class: "rights" },
        h("li", {}, t.rightViews),
        h("li", {}, t.rightSupporter),
        h("li", {}, t.rightAdjustments),
      ),
    ),
  ];
}

/** Where to get independent advice, by the law the school works under. */
export function adviceSection(offer: OfferPayload, t: Strings): HTMLElement {
  if (offer.jurisdiction === "england")
    return section("advice", t.adviceHeading, h("p", {}, t.adviceEngland));
  return section(
    "advice",
    t.adviceHeading,
    h("p", {}, t.adviceScotland),
    h(
      "ul",
      { class: "contact" },
      h(
        "li",
        {},
        `${t.phone}: `,
        h("a", { href: `tel:${ENQUIRE_PHONE.replaceAll(" ", "")}`, dir: "ltr" }, ENQUIRE_PHONE),
      ),
      h("li", {}, `${t.website}: `, h("a", { href: "https://enquire.org.uk", dir: "ltr" }, "enquire.org.uk")),
    ),
  );
}

/** How to reach the school (its own phone, and the address the page accepted), and the reference. */
export function schoolFooter(offer: OfferPayload, school: SchoolIdentity, t: Strings): HTMLElement {
  const { name, phone } = school;
  const { replyTo } = offer;
  return h(
    "footer",
    {},
    h("p", {}, t.questions(name)),
    h(
      "ul",
      { class: "contact" },
      h(
        "li",
        {},
        `${t.phone}: `,
        h("a", { href: `tel:${phone.replace(/[^+0-9]/g, "")}`, dir: "ltr" }, phone),
      ),
      h("li", {}, `${t.email}: `, h("a", { href: `mailto:${replyTo}`, dir: "ltr" }, replyTo)),
    ),
    h("p", { class: "ref" }, t.reference(offer.ref)),
  );
}

function section(id: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": `${id}-heading` },
    h("h2", { id: `${id}-heading` }, heading),
    ...content,
  );
}
