/*
 * Everything the reply readers hand back is plain text for staff to read. A `<` that could start
 * a tag gets a space after it, so that even a careless renderer further on cannot be handed
 * markup that came from outside; the words stay readable ("a< b").
 */

const TAG_START = /<(?=[\p{L}/!?])/gu;

/** Makes sure no `<` in `text` can begin an HTML tag, comment or declaration. */
export function plainTextOnly(text: string): string {
  return text.replace(TAG_START, "< ");
}
