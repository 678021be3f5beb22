/** What a configured tab is saved as: Teams keeps it and opens `contentUrl` from then on. */
export interface TabSettings {
  /** What the tab shows, as an opaque token (`year:P7`, `child:GP1001`); never a child's name. */
  readonly entityId: string;
  readonly contentUrl: string;
  /** Where "open in a browser" goes. */
  readonly websiteUrl: string;
  /** The tab's name; says nothing about a child beyond what staff chose to call the tab. */
  readonly suggestedDisplayName: string;
}

/**
 * A channel tab's configuration page, as the host runs it: the host's Save button is enabled only
 * once the page says its choice is complete, and pressing it saves what the page returns.
 */
export interface TabConfig {
  /** Enables or disables the host's Save button. */
  setValid(valid: boolean): void;
  /** Called when the user presses Save; the settings it returns are saved, or the save fails with its error. */
  onSave(settings: () => TabSettings): void;
  /** Called when the tab is being removed; nothing of ours is kept per tab, so removing it just succeeds. */
  onRemove(handler: () => void): void;
}
