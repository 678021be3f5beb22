import type { IanaZone } from "../time/zone";
import type { MailItem } from "./mail-item";
import type { TabConfig } from "./tab-config";

/** Where the app is running. */
export type HostKind = "teams" | "outlook" | "standalone";

/** The host's colour scheme; "contrast" is Teams' and Windows' high-contrast mode. */
export type ThemeName = "light" | "dark" | "contrast";

/** What the app learns about its host at start-up. */
export interface HostContext {
  readonly kind: HostKind;
  readonly theme: ThemeName;
  /**
   * BCP 47 language tag, e.g. `en-GB`. A plain browser reports its own language, which says how the
   * computer was set up rather than what the user reads: staff dates use the school's locale there.
   */
  readonly locale: string;
  /** The signed-in user's zone when the host knows it (Outlook's profile, the browser's setting). */
  readonly timeZone: IanaZone | undefined;
  /** A login hint for single sign-on, when the host offers one. */
  readonly loginHint: string | undefined;
  /** The tab's entity id in Teams (what a configured channel tab shows, e.g. `year:P7`). */
  readonly entityId?: string | undefined;
  /** The sub-page a Teams deep link asks for (one of our route paths). */
  readonly subPageId?: string | undefined;
  /** The app's id in Teams, to build deep links into its tabs. */
  readonly teamsAppId?: string | undefined;
}

/** The differences between Teams, Outlook and a plain browser, behind one interface. */
export interface Host {
  readonly context: HostContext;
  /** Calls `listener` when the user switches theme in the host; returns an unsubscribe function. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** Outlook only: the appointment or email open when the pane opened. */
  readonly mailItem?: MailItem | undefined;
  /** Present only on a channel tab's configuration page in Teams. */
  readonly tabConfig?: TabConfig | undefined;
  /**
   * Outlook only: calls `listener` with the new item when a pinned pane's item changes (the user
   * selects another email or appointment); returns an unsubscribe function.
   */
  onMailItemChange?(listener: (item: MailItem) => void): () => void;
}
