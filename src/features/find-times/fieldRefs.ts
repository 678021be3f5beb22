import type { FindTimesField } from "./findTimesForm";

/** Ref callbacks for the control of each field that can be wrong, so the first one can be focused. */
export interface FieldRefs {
  ref(field: FindTimesField): (element: HTMLElement | null) => void;
  focus(field: FindTimesField): void;
}

/** Make once per screen (e.g. `useState(fieldRefs)`): the same callback is handed out for a field every render. */
export function fieldRefs(): FieldRefs {
  const elements = new Map<FindTimesField, HTMLElement>();
  const callbacks = new Map<FindTimesField, (element: HTMLElement | null) => void>();
  return {
    ref(field) {
      let callback = callbacks.get(field);
      if (!callback) {
        callback = (element) => {
          if (element) elements.set(field, element);
          else elements.delete(field);
        };
        callbacks.set(field, callback);
      }
      return callback;
    },
    focus(field) {
      elements.get(field)?.focus();
    },
  };
}
