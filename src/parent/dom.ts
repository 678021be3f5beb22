type Attribute = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Text is always added as text nodes, never parsed as HTML, so whatever a
 * link carries can only ever show as words.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, Attribute>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** Shows or hides an element and everything in it, for sighted and screen reader users alike. */
export function reveal(element: HTMLElement, shown: boolean): void {
  element.hidden = !shown;
}
