import { TICKED } from "../domain/adjustments/catalogue";
import type { OfferPayload } from "../domain/offers/offerPayload";
import type { SpeakingOrder } from "../domain/replies/replyAnswer";
import type { FieldError, FieldName, FormValues } from "./answer";
import { h, reveal } from "./dom";
import type { PageLanguage } from "./i18n/language";
import { slotParts, zoneName } from "./slotText";

export interface ResponseForm {
  readonly element: HTMLFormElement;
  values(): FormValues;
  /** Marks each field that needs fixing and lists them above the send button; clears old marks. */
  showErrors(errors: readonly FieldError[]): void;
  focusSend(): void;
}

const SPEAKING: readonly SpeakingOrder[] = ["first", "after", "noPreference"];

/** The carer's answer: a time (or what works), adjustments, a supporter, when to speak, a message. */
export function responseForm(
  offer: OfferPayload,
  { strings: t, tag }: PageLanguage,
  now: number,
  onSubmit: (values: FormValues) => void,
): ResponseForm {
  const deviceZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zoneHint =
    deviceZone === offer.zone ? null : t.timesZone(zoneName(offer.slots[0]?.start ?? now, offer.zone, tag));

  const none = radio("time", "none", t.noneWork);
  const availability = field("availability", t.availabilityLabel, "textarea", {
    hint: t.availabilityHint,
    maxlength: 500,
  });
  const timeError = errorSlot("time");
  const times = offer.slots.map((slot, i) => {
    const passed = slot.start <= now;
    const { day, time } = slotParts(slot.start, slot.end, offer.zone, tag, now);
    const text = [h("strong", {}, day), h("span", { class: "time" }, time)];
    return radio("time", String(i + 1), text, passed ? t.slotPassed : null);
  });
  const timeFieldset = fieldset(
    "times",
    t.timesLegend,
    zoneHint,
    timeError,
    h("div", { class: "choices" }, ...times.map((c) => c.label), none.label),
    availability.block,
  );
  availability.block.classList.add("conditional");
  reveal(availability.block, false);

  const interpreterLanguage = field("interpreterLanguage", t.interpreterLanguage, "input", {
    maxlength: 60,
    value: tag.startsWith("en") ? "" : languageName(tag),
  });
  interpreterLanguage.block.classList.add("conditional");
  reveal(interpreterLanguage.block, false);
  const adjustments = TICKED.map((code) => checkbox("adjust", code, t.adjustments[code]));
  const interpreter = adjustments.find((c) => c.input.value === "interpreter");
  const otherNeeds = field("otherNeeds", t.otherNeeds, "textarea", { optional: t.optional, maxlength: 500 });
  const adjustFieldset = fieldset(
    "adjust",
    t.adjustmentsLegend,
    t.adjustmentsHint,
    null,
    h(
      "div",
      { class: "choices" },
      ...adjustments.flatMap((c) => (c === interpreter ? [c.label, interpreterLanguage.block] : [c.label])),
    ),
    otherNeeds.block,
  );

  const supporterName = field("supporterName", t.supporterName, "input", {
    maxlength: 100,
    autocomplete: "off",
  });
  const supporterRelationship = field("supporterRelationship", t.supporterRelationship, "input", {
    hint: t.supporterRelationshipHint,
    maxlength: 100,
    autocomplete: "off",
  });
  const supporterEmail = field("supporterEmail", t.supporterEmail, "input", {
    hint: t.supporterEmailHint,
    optional: t.optional,
    maxlength: 254,
    autocomplete: "off",
  });
  supporterEmail.control.setAttribute("type", "email");
  supporterEmail.control.setAttribute("dir", "ltr");
  const sharePapers = checkbox("sharePapers", "yes", t.sharePapers);
  const supporterFieldset = fieldset(
    "supporter",
    t.supporterLegend,
    t.supporterHint,
    null,
    supporterName.block,
    supporterRelationship.block,
    supporterEmail.block,
    h("div", { class: "choices" }, sharePapers.label),
  );

  const speaking = SPEAKING.map((s) => radio("speaking", s, t.speaking[s]));
  for (const choice of speaking) choice.input.checked = choice.input.value === "noPreference";
  const speakingFieldset = fieldset(
    "speaking",
    t.speakingLegend,
    t.speakingHint,
    null,
    h("div", { class: "choices" }, ...speaking.map((c) => c.label)),
  );

  const message = field("message", t.message, "textarea", { optional: t.optional, maxlength: 1000, rows: 4 });
  message.block.classList.add("message");
  const summary = h("div", { class: "error-summary", role: "alert", id: "error-summary" });
  const send = h("button", { type: "submit", class: "primary" }, t.send);
  const form = h(
    "form",
    { novalidate: true, "aria-label": t.heading },
    timeFieldset,
    adjustFieldset,
    supporterFieldset,
    speakingFieldset,
    message.block,
    summary,
    send,
  );

  const syncReveals = () => {
    reveal(availability.block, none.input.checked);
    reveal(interpreterLanguage.block, interpreter?.input.checked ?? false);
  };
  form.addEventListener("change", syncReveals);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit(read());
  });

  const read = (): FormValues => {
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    return {
      time: data.get("time") === null ? null : text("time"),
      availability: text("availability"),
      adjustments: data.getAll("adjust").filter((v): v is string => typeof v === "string"),
      interpreterLanguage: text("interpreterLanguage"),
      otherNeeds: text("otherNeeds"),
      supporterName: text("supporterName"),
      supporterRelationship: text("supporterRelationship"),
      supporterEmail: text("supporterEmail"),
      sharePapers: data.get("sharePapers") !== null,
      speaking: text("speaking"),
      message: text("message"),
    };
  };

  const targets: Record<
    FieldName,
    { error: HTMLElement; focus: () => HTMLElement | undefined; owner: HTMLElement }
  > = {
    time: {
      error: timeError,
      owner: timeFieldset,
      focus: () => times.find((c) => !c.input.disabled)?.input ?? none.input,
    },
    availability: {
      error: availability.error,
      owner: availability.control,
      focus: () => availability.control,
    },
    interpreterLanguage: {
      error: interpreterLanguage.error,
      owner: interpreterLanguage.control,
      focus: () => interpreterLanguage.control,
    },
    supporterName: {
      error: supporterName.error,
      owner: supporterName.control,
      focus: () => supporterName.control,
    },
    supporterEmail: {
      error: supporterEmail.error,
      owner: supporterEmail.control,
      focus: () => supporterEmail.control,
    },
  };
  const errorText = (key: FieldError["key"]) => t[key];

  const showErrors = (errors: readonly FieldError[]) => {
    for (const [name, target] of Object.entries(targets)) {
      const error = errors.find((e) => e.field === name);
      target.error.textContent = error ? errorText(error.key) : "";
      reveal(target.error, error !== undefined);
      describedBy(target.owner, target.error.id, error !== undefined);
      if (target.owner !== timeFieldset) target.owner.toggleAttribute("aria-invalid", error !== undefined);
      target.owner.closest(".field, fieldset")?.classList.toggle("has-error", error !== undefined);
    }
    summary.replaceChildren();
    if (errors.length === 0) return;
    summary.append(
      h("p", { class: "error-title" }, t.errorSummary),
      h(
        "ul",
        {},
        ...errors.map((e) => {
          const jump = h("button", { type: "button", class: "link" }, errorText(e.key));
          jump.addEventListener("click", () => targets[e.field].focus()?.focus());
          return h("li", {}, jump);
        }),
      ),
    );
  };

  return { element: form, values: read, showErrors, focusSend: () => send.focus() };
}

interface Choice {
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement;
}

function radio(
  name: string,
  value: string,
  text: string | readonly Node[],
  note: string | null = null,
): Choice {
  const id = `${name}-${value}`;
  const input = h("input", { type: "radio", name, value, id, disabled: note !== null });
  return {
    input,
    label: h(
      "label",
      { class: "choice", for: id },
      input,
      h(
        "span",
        {},
        ...(typeof text === "string" ? [text] : text),
        note === null ? null : h("span", { class: "note" }, note),
      ),
    ),
  };
}

function checkbox(name: string, value: string, text: string): Choice {
  const id = `${name}-${value}`;
  const input = h("input", { type: "checkbox", name, value, id });
  return { input, label: h("label", { class: "choice", for: id }, input, h("span", {}, text)) };
}

interface Field {
  readonly block: HTMLDivElement;
  readonly control: HTMLInputElement | HTMLTextAreaElement;
  readonly error: HTMLParagraphElement;
}

function field(
  name: string,
  label: string,
  kind: "input" | "textarea",
  options: {
    hint?: string;
    optional?: string;
    maxlength: number;
    rows?: number;
    value?: string;
    autocomplete?: string;
  },
): Field {
  const hint =
    options.hint === undefined ? null : h("p", { class: "hint", id: `${name}-hint` }, options.hint);
  const error = errorSlot(name);
  const attributes = {
    id: name,
    name,
    maxlength: options.maxlength,
    autocomplete: options.autocomplete,
    "aria-describedby": hint?.id,
    dir: "auto",
  };
  const control =
    kind === "input"
      ? h("input", { ...attributes, type: "text", value: options.value })
      : h("textarea", { ...attributes, rows: options.rows ?? 3 });
  const block = h(
    "div",
    { class: "field" },
    h(
      "label",
      { for: name },
      label,
      options.optional ? h("span", { class: "optional" }, ` ${options.optional}`) : null,
    ),
    hint,
    error,
    control,
  );
  return { block, control, error };
}

function fieldset(
  id: string,
  legend: string,
  hint: string | null,
  error: HTMLElement | null,
  ...content: HTMLElement[]
): HTMLFieldSetElement {
  const hintElement = hint === null ? null : h("p", { class: "hint", id: `${id}-hint` }, hint);
  return h(
    "fieldset",
    { id, "aria-describedby": hintElement?.id },
    h("legend", {}, h("h2", {}, legend)),
    hintElement,
    error,
    ...content,
  );
}

function errorSlot(name: string): HTMLParagraphElement {
  const error = h("p", { class: "error", id: `${name}-error` });
  error.hidden = true;
  return error;
}

function describedBy(element: HTMLElement, id: string, on: boolean): void {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x !== "" && x !== id);
  if (on) ids.push(id);
  if (ids.length > 0) element.setAttribute("aria-describedby", ids.join(" "));
  else element.removeAttribute("aria-describedby");
}

/** "polski", "українська": a sensible first guess at the interpreter's language, which the carer can change. */
function languageName(tag: string): string {
  try {
    const base = tag.split("-")[0] ?? tag;
    return new Intl.DisplayNames([tag], { type: "language" }).of(base) ?? "";
  } catch (cause) {
    if (cause instanceof RangeError) return "";
    throw cause;
  }
}
