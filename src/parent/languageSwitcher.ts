import { directionOf, FAMILY_LOCALES, type FamilyLocale, languageName } from "../domain/i18n/locales";
import { intlTag } from "../domain/i18n/messages";
import { h } from "./dom";
import type { PageLanguage } from "./i18n/language";

/**
 * A choice of the page's language: the offer's language first, then the others, each by its own
 * name ("Cymraeg", "ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)") so a reader finds theirs whatever the page shows now.
 */
export function languageSwitcher(
  offerLocale: FamilyLocale,
  current: PageLanguage,
  onChoose: (locale: FamilyLocale) => void,
): HTMLElement {
  const order = [offerLocale, ...FAMILY_LOCALES.filter((l) => l !== offerLocale)];
  const select = h(
    "select",
    { id: "page-language", name: "page-language" },
    ...order.map((locale) =>
      h(
        "option",
        {
          value: locale,
          lang: intlTag(locale),
          dir: directionOf(locale),
          selected: locale === current.locale,
        },
        languageName(locale),
      ),
    ),
  );
  select.addEventListener("change", () => {
    const chosen = FAMILY_LOCALES.find((l) => l === select.value);
    if (chosen !== undefined && chosen !== current.locale) onChoose(chosen);
  });
  return h(
    "div",
    { class: "language" },
    h("label", { for: "page-language" }, current.strings.languageLabel),
    select,
  );
}

/** What the carer has entered so far: text by field name, and which choices are ticked. */
export interface FormState {
  readonly text: ReadonlyMap<string, string>;
  readonly checked: ReadonlySet<string>;
}

const fields = (root: ParentNode) => [
  ...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("form input, form textarea"),
];

/** Reads the answer form (if shown) so a change of language keeps everything typed and ticked. */
export function formState(root: ParentNode): FormState {
  const text = new Map<string, string>();
  const checked = new Set<string>();
  for (const f of fields(root)) {
    if (f instanceof HTMLInputElement && (f.type === "radio" || f.type === "checkbox")) {
      if (f.checked) checked.add(`${f.name}=${f.value}`);
    } else if (f.value !== "") text.set(f.name, f.value);
  }
  return { text, checked };
}

/** Puts a saved answer back into a freshly drawn form, and lets it show what those answers reveal. */
export function restoreFormState(root: ParentNode, state: FormState): void {
  for (const f of fields(root)) {
    if (f instanceof HTMLInputElement && (f.type === "radio" || f.type === "checkbox")) {
      const on = state.checked.has(`${f.name}=${f.value}`);
      if (on !== f.checked) {
        f.checked = on;
        f.dispatchEvent(new Event("change", { bubbles: true }));
      }
    } else {
      const value = state.text.get(f.name);
      if (value !== undefined) {
        f.value = value;
        f.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
  }
}
