import { tableOf } from "../i18n/catalogue";
import { ENGLISH, type FamilyLocale } from "../i18n/locales";
import { formatMessage, type MessageTable } from "../i18n/messages";
import type { AdjustmentKind } from "./catalogue";

/**
 * The name of each adjustment in every family language: the one label table. Families read these
 * on the parent page and in their emails; staff read the English. Written as a family would ask
 * ("A quiet room"), in plain words: the `adjustments` section of each file in
 * `src/domain/i18n/languages/`.
 */
export const ADJUSTMENT_LABELS: MessageTable<AdjustmentKind> = /* @__PURE__ */ tableOf("adjustments");

/** An adjustment's name in a family language. */
export const adjustmentLabel = (kind: AdjustmentKind, locale: FamilyLocale = ENGLISH): string =>
  formatMessage(ADJUSTMENT_LABELS, locale, kind);

/** Every adjustment's name in one language, e.g. for a form's checkboxes. */
export function adjustmentLabels<K extends AdjustmentKind>(
  kinds: readonly K[],
  locale: FamilyLocale,
): Record<K, string> {
  return Object.fromEntries(kinds.map((k) => [k, adjustmentLabel(k, locale)])) as Record<K, string>;
}
