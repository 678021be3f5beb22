import { directionOf, familyLocale } from "../../domain/i18n/locales";
import { formatIn, intlTag } from "../../domain/i18n/messages";
import { acceptsReplyTo, type SchoolIdentityCheck } from "../../domain/offers/schoolIdentity";
import { feedbackToken, type Listened, type NotesAnswer } from "../../domain/summaries/feedbackAnswer";
import { decodeFeedback } from "../../domain/summaries/feedbackLink";
import { h } from "../dom";
import { mailtoUrl } from "../mailto";
import { loadParentWords } from "../messages/pageMessages";
import { postToDemo } from "../send";
import type { FeedbackMessageKey } from "./feedbackMessages";

/**
 * The family's answer to a meeting summary: "Did you feel listened to?" (yes / partly / no), are
 * the notes right or should they be corrected, and a comment. Like an offer's answer it goes back
 * as an email from their own mail app, carrying a token the school's app reads; the link carries
 * only the reference, the school's address and the family's language.
 */
export async function renderFeedback(
  root: HTMLElement,
  fragment: string,
  openMail: (mailto: string) => void,
  school: SchoolIdentityCheck,
): Promise<void> {
  const payload = decodeFeedback(fragment);
  const locale = familyLocale(payload?.lang ?? "en");
  // Only this language's words are fetched, as for an offer's page.
  const { feedback } = await loadParentWords(locale);
  const t = (key: FeedbackMessageKey) => formatIn(feedback, locale, key);
  document.documentElement.lang = intlTag(locale);
  document.documentElement.dir = directionOf(locale);
  if (!payload || !school.ok || !acceptsReplyTo(school.identity, payload.replyTo)) {
    document.title = t("broken");
    root.replaceChildren(h("header", {}, h("h1", {}, t("broken"))));
    return;
  }
  document.title = t("title");
  const choice = (name: string, value: string, label: string) =>
    h("label", { class: "choice" }, h("input", { type: "radio", name, value }), h("span", {}, label));
  const comment = h("textarea", { id: "feedback-comment", name: "comment", rows: 5, maxlength: 4000 });
  const form = h(
    "form",
    { novalidate: true },
    h(
      "fieldset",
      {},
      h("legend", {}, t("listened")),
      h(
        "div",
        { class: "choices" },
        choice("listened", "yes", t("yes")),
        choice("listened", "partly", t("partly")),
        choice("listened", "no", t("no")),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t("notes")),
      h(
        "div",
        { class: "choices" },
        choice("notes", "confirm", t("confirm")),
        choice("notes", "correct", t("correct")),
      ),
    ),
    h("div", { class: "field message" }, h("label", { for: "feedback-comment" }, t("comment")), comment),
    h("button", { type: "submit", class: "primary" }, t("send")),
  );
  const sent = h(
    "div",
    { hidden: true },
    h("h1", { id: "sent-heading", tabindex: -1 }, t("sentHeading")),
    h("p", { class: "lead" }, t("sentBody")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const listened = (data.get("listened") ?? undefined) as Listened | undefined;
    const notes = (data.get("notes") ?? undefined) as NotesAnswer | undefined;
    const text = comment.value.replace(/\r\n?/g, "\n").trim();
    const subject = `${t("subject")} [${payload.ref}]`;
    const lines = [
      ...(listened ? [`${t("listened")} ${t(listened)}`] : []),
      ...(notes ? [t(notes)] : []),
      ...(text ? ["", text] : []),
      "",
      feedbackToken({ ref: payload.ref, listened, notes, comment: text }),
    ];
    const body = lines.join("\n");
    const mailto = mailtoUrl(payload.replyTo, subject, body);
    postToDemo({ to: payload.replyTo, subject, body, fullBody: body, mailto, shortened: false });
    form.hidden = true;
    sent.hidden = false;
    (sent.querySelector("h1") as HTMLElement | null)?.focus();
    openMail(mailto);
  });
  root.replaceChildren(
    h(
      "header",
      {},
      h("p", { class: "school", dir: "auto" }, school.identity.name),
      h("h1", {}, t("heading")),
      h("p", { class: "lead" }, t("lead")),
    ),
    form,
    sent,
  );
}
