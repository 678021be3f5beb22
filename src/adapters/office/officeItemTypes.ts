/*
 * The slice of Office.js's mailbox item this adapter calls, written out structurally so tests and
 * the end-to-end fake can hand in their own object. Names and shapes follow Office.js (Mailbox 1.8).
 */

export interface OfficeAsyncError {
  readonly name: string;
  readonly code: number;
  readonly message: string;
}

/** `Office.AsyncResult`: `status` is `Office.AsyncResultStatus` ("succeeded" | "failed"). */
export interface OfficeAsyncResult<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: OfficeAsyncError | undefined;
}

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeEmailDetails {
  readonly displayName: string;
  readonly emailAddress: string;
}

export interface OfficeProperty<T> {
  getAsync(callback: OfficeCallback<T>): void;
  setAsync(value: T, callback: OfficeCallback<void>): void;
}

export interface OfficeLocationIdentifier {
  readonly id: string;
  readonly type: string;
}

export interface OfficeLocationDetails {
  readonly locationIdentifier: OfficeLocationIdentifier;
  readonly displayName: string;
  readonly emailAddress?: string;
}

export interface OfficeEnhancedLocation {
  getAsync(callback: OfficeCallback<OfficeLocationDetails[]>): void;
  addAsync(locations: OfficeLocationIdentifier[], callback: OfficeCallback<void>): void;
  removeAsync(locations: OfficeLocationIdentifier[], callback: OfficeCallback<void>): void;
}

export interface OfficeBody {
  getAsync(coercionType: string, callback: OfficeCallback<string>): void;
  setAsync?(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
  setSelectedDataAsync?(
    data: string,
    options: { coercionType: string },
    callback: OfficeCallback<void>,
  ): void;
}

export interface OfficeCustomProperties {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  saveAsync(callback: OfficeCallback<void>): void;
}

/** `Office.context.mailbox.item` in any of the three modes the manifest asks for. */
export interface OfficeItem {
  readonly itemType: string;
  /** A string when reading; an object with getAsync/setAsync when composing. */
  readonly subject: string | OfficeProperty<string>;
  readonly body: OfficeBody;
  readonly itemId?: string;
  readonly internetMessageId?: string;
  readonly dateTimeCreated?: Date;
  readonly from?: OfficeEmailDetails;
  readonly start?: OfficeProperty<Date>;
  readonly end?: OfficeProperty<Date>;
  readonly requiredAttendees?: OfficeProperty<OfficeEmailDetails[]>;
  readonly optionalAttendees?: OfficeProperty<OfficeEmailDetails[]>;
  readonly enhancedLocation?: OfficeEnhancedLocation;
  readonly sensitivity?: OfficeProperty<string>;
  readonly to?: OfficeProperty<OfficeEmailDetails[]>;
  loadCustomPropertiesAsync?(callback: OfficeCallback<OfficeCustomProperties>): void;
  /** Compose mode: the item's EWS id; fails with `ItemNotSaved` on an item never saved (Mailbox 1.8). */
  getItemIdAsync?(callback: OfficeCallback<string>): void;
  /** Compose mode: saves the item (an appointment becomes a draft in the calendar) and answers its EWS id. */
  saveAsync?(callback: OfficeCallback<string>): void;
}

/** `Office.MailboxEnums.RestVersion.v2_0`: the REST (and Graph) id form. */
export const REST_V2 = "v2.0";

/** `Office.context.mailbox.convertToRestId(itemId, restVersion)`: synchronous, no callback. */
export type ConvertToRestId = (itemId: string, restVersion: string) => string;
