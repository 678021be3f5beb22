import type { OfficeItem } from "../../src/adapters/office/officeItemTypes";
import { officeMailItem, TAG_PROPERTY } from "../../src/adapters/office/officeMailItem";
import { type FakeOfficeSetup, fakeOffice } from "../../src/adapters/office/testing/fakeOffice";

export type { FakeOfficeSetup };
export { TAG_PROPERTY };

/**
 * The open item as the app gets it in Outlook: the production Office adapter over the fake Office.
 * `reopen` is the same item opened again (a new pane on the same appointment).
 */
export function fakeOutlookItem(setup: FakeOfficeSetup) {
  const { office, control } = fakeOffice(setup);
  const raw = (office as { context: { mailbox: { item: OfficeItem } } }).context.mailbox.item;
  return { control, item: officeMailItem(raw), reopen: () => officeMailItem(raw) };
}
