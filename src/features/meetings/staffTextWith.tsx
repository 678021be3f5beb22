import type { ReactNode } from "react";
import type { MessageValues } from "../../domain/i18n/messages";
import { type StaffKey, staffText } from "../../domain/i18n/staffMessages";

// A character no message or name contains: where the element goes once the message is formatted.
const MARK = "\u0000";

/**
 * A staff message with one placeholder filled by an element, such as a link: the sentence stays
 * whole in the catalogue instead of being cut into pieces around the link.
 */
export function staffTextWith(
  key: StaffKey,
  slot: string,
  element: ReactNode,
  values: MessageValues = {},
): ReactNode {
  const [before = "", after = ""] = staffText(key, { ...values, [slot]: MARK }).split(MARK);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
