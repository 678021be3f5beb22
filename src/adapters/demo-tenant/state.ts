import type * as G from "@microsoft/microsoft-graph-types";

/** A SharePoint list as the fake keeps it: Graph's list, its columns and its items. */
export interface FakeList {
  list: G.List;
  columns: G.ColumnDefinition[];
  items: G.ListItem[];
  nextItemId: number;
}

export interface FakeSite {
  site: G.Site;
  /** Server-relative path, e.g. `/sites/pastoral`, looked up by `GET /sites/{host}:{path}`. */
  path: string;
  lists: FakeList[];
}

/** Mail that left the tenant for an outside address (a parent), kept so the demo can show it arriving. */
export interface ExternalMessage {
  id: string;
  to: string;
  message: G.Message;
}

/** Everything the demo tenant holds, in Graph's own shapes; saved whole to IndexedDB. */
export interface TenantState {
  version: 1;
  /** The signed-in user (`/me`). */
  meId: string;
  users: G.User[];
  rooms: G.Room[];
  /** Calendars by mailbox address (lower case): events as each attendee's calendar shows them. */
  calendars: Record<string, G.Event[]>;
  /** Mailboxes by address (lower case). */
  mailboxes: Record<string, G.Message[]>;
  external: ExternalMessage[];
  sites: FakeSite[];
  /** `transactionId` → event id, so a repeated create returns the first event. */
  transactions: Record<string, string>;
  /** Working hours by mailbox address, as getSchedule returns them. */
  workingHours: Record<string, G.WorkingHours>;
  nextId: number;
  /**
   * Rooms answer invitations a moment later, as Exchange's booking assistant does: the decision is
   * made at once but shows on the organiser's event only when it is next read. By event id.
   */
  roomAnswers?: Record<string, Record<string, "accepted" | "declined">>;
  /** Each site's default document library, by site id: files by their path from the root. */
  drives?: Record<string, FakeDriveFile[]>;
}

/** A file in a site's document library: Graph's driveItem and its bytes (base64, to store as JSON). */
export interface FakeDriveFile {
  item: G.DriveItem;
  /** Path from the library's root, folders separated by `/`, as given (case kept). */
  path: string;
  contentBase64: string;
}

/** Graph-like opaque ids: stable for a seed, unique within the tenant. */
export function newId(state: TenantState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId.toString(36).padStart(6, "0")}`;
}
