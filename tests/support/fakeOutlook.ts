import { type OfficeSdk, startOutlookHost } from "../../src/adapters/office/officeHost";
import type { ConvertToRestId, OfficeItem } from "../../src/adapters/office/officeItemTypes";
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
  const mailbox = (office as { context: { mailbox: { item: OfficeItem; convertToRestId: ConvertToRestId } } })
    .context.mailbox;
  const raw = mailbox.item;
  const toRestId = mailbox.convertToRestId.bind(mailbox);
  return {
    control,
    office: office as OfficeSdk,
    item: officeMailItem(raw, undefined, toRestId),
    reopen: () => officeMailItem(raw, undefined, toRestId),
  };
}

/** Outlook's host over the fake Office, as the app starts it: its item, and its ItemChanged events. */
export async function fakeOutlookHost(setup: FakeOfficeSetup) {
  const { office, control } = fakeOffice(setup);
  return { control, host: await startOutlookHost(office as OfficeSdk) };
}
