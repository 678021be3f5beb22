import { findIana } from "windows-iana";
import type { Host, ThemeName } from "../../domain/ports/host";
import type { MailItem } from "../../domain/ports/mail-item";
import { type IanaZone, ianaZone } from "../../domain/time/zone";
import type { ConvertToRestId, OfficeCallback, OfficeItem } from "./officeItemTypes";
import { officeMailItem } from "./officeMailItem";

/** The slice of the Office.js global this adapter reads, so tests can hand in a fake. */
export interface OfficeSdk {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  readonly context: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
    readonly mailbox?: {
      readonly userProfile?: { readonly timeZone?: string; readonly emailAddress?: string };
      readonly item?: OfficeItem | null;
      readonly convertToRestId?: ConvertToRestId;
      /** Mailbox 1.5: `Office.EventType.ItemChanged` fires when a pinned pane's item changes. */
      addHandlerAsync?(
        eventType: Office.EventType | string,
        handler: () => void,
        callback?: OfficeCallback<void>,
      ): void;
    };
  };
  readonly EventType?: { readonly ItemChanged?: Office.EventType };
}

/** The item open now, behind the MailItem port. */
function currentItem(office: OfficeSdk): MailItem {
  const mailbox = office.context.mailbox;
  return officeMailItem(mailbox?.item, undefined, mailbox?.convertToRestId?.bind(mailbox));
}

/** Dark when the task pane's background is dark (Office reports colours, not a theme name). */
export function officeTheme(bodyBackgroundColor: string | undefined): ThemeName {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (luminance < 0.05 && hex.toLowerCase() === "000000") return "contrast";
  return luminance < 0.4 ? "dark" : "light";
}

/** Outlook reports Windows zone names ("GMT Standard Time"); some clients send IANA already. */
export function officeZone(name: string | undefined): IanaZone | undefined {
  if (!name) return undefined;
  for (const candidate of [name, ...(findIana(name) ?? [])]) {
    try {
      return ianaZone(candidate);
    } catch (cause) {
      if (!(cause instanceof RangeError)) throw cause;
    }
  }
  return undefined;
}

/**
 * Starts inside Outlook. Office.js comes from Microsoft's CDN (index.html adds the script only
 * when opened with `?host=outlook`); `onReady` never settles without it, so the caller races this
 * against a timeout.
 */
export async function startOutlookHost(office: OfficeSdk): Promise<Host> {
  const info = await office.onReady();
  // Office.js answers with no host when the page was opened outside Office (in a browser tab).
  if (info.host === null) throw new Error("This page was opened outside Outlook.");
  if (String(info.host) !== "Outlook") {
    throw new Error(`Opened in ${String(info.host)}, but Common Ground runs in Outlook, Teams or a browser.`);
  }
  const profile = office.context.mailbox?.userProfile;
  return {
    context: {
      kind: "outlook",
      theme: officeTheme(office.context.officeTheme?.bodyBackgroundColor),
      locale: office.context.displayLanguage || "en-GB",
      timeZone: officeZone(profile?.timeZone),
      loginHint: profile?.emailAddress,
    },
    mailItem: currentItem(office),
    onThemeChange() {
      // Outlook's task pane reloads when the Office theme changes, so there is nothing to follow.
      return () => undefined;
    },
    onMailItemChange(listener) {
      // A pinned pane stays open while the user moves to another item: Outlook fires ItemChanged
      // and `mailbox.item` is then the new item (or null when nothing is selected).
      const mailbox = office.context.mailbox;
      const event: Office.EventType | string = office.EventType?.ItemChanged ?? "olkItemSelectedChanged";
      let live = true;
      mailbox?.addHandlerAsync?.(event, () => {
        if (live) listener(currentItem(office));
      });
      // Office.js removes handlers only all at once (removeHandlerAsync), which would also drop
      // another listener's: this one just stops answering.
      return () => {
        live = false;
      };
    },
  };
}
