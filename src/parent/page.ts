import { type FamilyLocale, familyLocale } from "../domain/i18n/locales";
import { type DecodedOffer, decodeOffer } from "../domain/offers/offerLink";
import type { OfferPayload } from "../domain/offers/offerPayload";
import {
  acceptsReplyTo,
  type SchoolIdentity,
  type SchoolIdentityCheck,
} from "../domain/offers/schoolIdentity";
import { instant } from "../domain/time/instant";
import { checkAnswer } from "./answer";
import { h, reveal } from "./dom";
import { chooseLocale, type PageLanguage, pageLanguage } from "./i18n/language";
import { formState, languageSwitcher, restoreFormState } from "./languageSwitcher";
import { loadParentWords } from "./messages/pageMessages";
import { adviceSection, offerIntro, schoolFooter } from "./offerView";
import { problemView } from "./problemView";
import { responseForm } from "./responseForm";
import { postToDemo, prepareReply } from "./send";
import { sentView } from "./sentView";
import { slotText } from "./slotText";

/** Where the page sends the carer's answer: their mail app, by default. */
export type OpenMail = (mailto: string) => void;

/** The language a carer chose on this device (the page's origin), kept between visits. */
export interface LanguageMemory {
  read(): string | null;
  write(locale: FamilyLocale): void;
}

/** A memory that forgets (tests, or a browser that refuses storage). */
export const forgetfulMemory = (): LanguageMemory => {
  let kept: string | null = null;
  return {
    read: () => kept,
    write: (locale) => {
      kept = locale;
    },
  };
};

/**
 * Renders the parent response page into `root`. The offer (times, who comes, where the answer
 * goes) comes from the link's fragment; who the school is comes from the deployment (`school`).
 * The words are those of the language the carer chose on this device, or else the offer's; only
 * that language's words are fetched. Resolves once the page is drawn.
 */
export async function renderPage(
  root: HTMLElement,
  fragment: string,
  now: number,
  openMail: OpenMail,
  school: SchoolIdentityCheck,
  memory: LanguageMemory = forgetfulMemory(),
): Promise<void> {
  const decoded = trusted(decodeOffer(fragment, instant(now)), school);
  if (decoded.kind === "broken")
    console.warn("This offer link cannot be read:", decoded.reason, decoded.detail ?? "");
  const offerTag = decoded.kind === "broken" ? "en-GB" : decoded.offer.lang;
  const draw = async (locale: FamilyLocale, keep?: HTMLElement) => {
    const language = pageLanguage(locale, await loadParentWords(locale), offerTag);
    document.documentElement.lang = language.tag;
    document.documentElement.dir = language.dir;
    const switcher = languageSwitcher(familyLocale(offerTag), language, (chosen) => {
      memory.write(chosen);
      void draw(chosen, root).then(() => root.querySelector<HTMLSelectElement>("#page-language")?.focus());
    });
    const old = keep ? formState(keep) : undefined;
    root.replaceChildren(switcher, ...content(language));
    if (old) restoreFormState(root, old);
  };
  const content = (language: PageLanguage): HTMLElement[] => {
    // `trusted` has made every offer broken unless the school is configured; `school.ok` says so to the compiler.
    if (decoded.kind === "ok" && school.ok) {
      document.title = language.strings.title(school.identity.name);
      return offerPage(decoded.offer, school.identity, language, now, openMail);
    }
    if (decoded.kind === "expired" && school.ok) {
      document.title = language.strings.expiredHeading;
      return problemView(decoded, school.identity, language.strings);
    }
    document.title = language.strings.brokenHeading;
    return problemView({ kind: "broken", reason: "invalid" }, undefined, language.strings);
  };
  await draw(chooseLocale(offerTag, memory.read()));
}

/**
 * Anyone can make a link that passes the checksum. One whose answers would go outside the school's
 * mail domains is treated as broken, and so is every link while the deployment does not say who
 * the school is (it fails closed rather than trusting the link).
 */
function trusted(decoded: DecodedOffer, school: SchoolIdentityCheck): DecodedOffer {
  if (decoded.kind === "broken") return decoded;
  if (!school.ok)
    return {
      kind: "broken",
      reason: "invalid",
      detail: `the page is not configured: ${school.problems.join("; ")}`,
    };
  return acceptsReplyTo(school.identity, decoded.offer.replyTo)
    ? decoded
    : {
        kind: "broken",
        reason: "invalid",
        detail: `reply address outside ${school.identity.replyDomains.join(", ")}`,
      };
}

function offerPage(
  offer: OfferPayload,
  school: SchoolIdentity,
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
  answering.append(...offerIntro(offer, school, t), form.element);
  return [answering, sent, adviceSection(offer, t), schoolFooter(offer, school, t)];
}
