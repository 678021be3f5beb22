import { h } from "./dom";
import type { Strings } from "./i18n/strings";
import type { PreparedReply } from "./send";

/** After "Send my answer": what to do in the mail app, what happens next, and a way round it. */
export function sentView(
  reply: PreparedReply,
  chosen: string | null,
  t: Strings,
  onChange: () => void,
): { element: HTMLElement; heading: HTMLHeadingElement } {
  const heading = h("h1", { id: "sent-heading", tabindex: -1 }, t.sentHeading);
  const text = h("textarea", {
    id: "answer-text",
    readonly: true,
    rows: 10,
    dir: "ltr",
    spellcheck: "false",
  });
  text.value = reply.fullBody;
  const status = h("p", { class: "status", role: "status" });
  const copy = h("button", { type: "button", class: "secondary" }, t.copy);
  copy.addEventListener("click", () => {
    copyText(reply.fullBody, text).then(
      (copied) => {
        status.textContent = copied ? t.copied : t.copyFailed;
      },
      (cause: unknown) => {
        console.warn("Copying the answer failed", cause);
        status.textContent = t.copyFailed;
      },
    );
  });
  const change = h("button", { type: "button", class: "secondary" }, t.changeAnswer);
  change.addEventListener("click", onChange);

  const element = h(
    "section",
    { class: "sent", "aria-labelledby": "sent-heading" },
    heading,
    h("p", { class: "lead" }, t.sentEmail),
    h("p", {}, chosen === null ? t.youChoseNone : t.youChose(chosen)),
    h("h2", {}, t.nextHeading),
    h("p", {}, chosen === null ? t.nextNone : t.nextChosen),
    reply.shortened ? h("p", { class: "notice" }, t.shortened) : null,
    h("p", {}, t.noEmailApp(reply.to)),
    h("p", {}, h("a", { class: "button primary", href: reply.mailto }, t.openEmailAgain)),
    h("div", { class: "field" }, h("label", { for: "answer-text" }, t.answerText), text),
    h("div", { class: "actions" }, copy, change),
    status,
  );
  return { element, heading };
}

/** Copies with the Clipboard API, or by selecting the text for the older way; true if it worked. */
async function copyText(value: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(value);
      return true;
    } catch (cause) {
      console.warn("The Clipboard API refused; selecting the text instead", cause);
    }
  }
  fallback.focus();
  fallback.select();
  return document.execCommand("copy");
}
