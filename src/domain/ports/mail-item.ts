import type { Instant } from "../time/instant";

/**
 * Why Outlook refused a call on the open item: Office's own error names (`asyncResult.error.name`),
 * so a message can say what happened, plus `busy` (the pane was closed or the item changed while a
 * call was waiting) and `other` for anything Office reports that we do not act on.
 */
export type MailItemErrorCode =
  /** The item has no id until it is saved (`getItemIdAsync` on a new item). */
  | "ItemNotSaved"
  /** A body or insert longer than Outlook's 1,000,000 characters. */
  | "DataExceedsMaximumSize"
  | "InvalidEndTime"
  | "NumberOfRecipientsExceeded"
  | "PermissionDenied"
  /** The open item changed (the user moved to another one) while the call was on its way. */
  | "APICallFailedDueToItemChange"
  | "other";

export interface MailItemError {
  readonly code: MailItemErrorCode;
  /** Office's numeric code when it gave one (e.g. 9041), for support. */
  readonly officeCode: number | undefined;
  readonly message: string;
}

/** Every call on the open item answers with a value or Office's error, never a throw. */
export type ItemResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: MailItemError };

export interface MailPerson {
  readonly name: string;
  readonly email: string;
}

export type AppointmentSensitivity = "normal" | "personal" | "private" | "confidential";

/** The fields of an appointment being organised that the pane reads and writes. */
export interface AppointmentFields {
  readonly subject: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly required: readonly MailPerson[];
  readonly optional: readonly MailPerson[];
  /** Rooms, by mailbox address (Outlook's enhanced location, type room). */
  readonly rooms: readonly MailPerson[];
  readonly sensitivity: AppointmentSensitivity;
  readonly bodyHtml: string;
}

export type AppointmentField = keyof AppointmentFields;

/** What Common Ground writes on an item so it is recognised when opened again (custom properties). */
export interface ItemTag {
  readonly childId: string;
  /** The meeting record this appointment belongs to, when there is one. */
  readonly meetingId: string | undefined;
}

/** A new or existing appointment the member of staff organises (`meetingDetailsOrganizer`). */
export interface AppointmentItem {
  readonly kind: "appointmentOrganizer";
  get<K extends AppointmentField>(field: K): Promise<ItemResult<AppointmentFields[K]>>;
  set<K extends AppointmentField>(field: K, value: AppointmentFields[K]): Promise<ItemResult<void>>;
  /** Our tag, or undefined when the item has none. */
  readTag(): Promise<ItemResult<ItemTag | undefined>>;
  /** Saves the tag with the item (custom properties, at most 2,500 characters in all). */
  writeTag(tag: ItemTag | undefined): Promise<ItemResult<void>>;
  /**
   * The calendar event's id as Graph knows it: the item's id (`getItemIdAsync`; a new item is saved
   * first with `saveAsync`, which makes it a draft in the organiser's calendar but sends nothing),
   * converted to the REST form (`convertToRestId`, v2.0).
   */
  eventId(): Promise<ItemResult<string>>;
}

/** An email being read (`mailRead`). */
export interface MessageReadItem {
  readonly kind: "messageRead";
  /** Outlook's id for the item (EWS format); a link to it is built from this. */
  readonly itemId: string;
  /** The same id in REST form (`convertToRestId`, v2.0): the message's id in Graph. */
  readonly restId: string;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from: MailPerson;
  readonly receivedAt: Instant;
  /** The body as HTML: outside input, never shown without sanitising. */
  bodyHtml(): Promise<ItemResult<string>>;
}

/** An email being written (`mailCompose`). */
export interface MessageComposeItem {
  readonly kind: "messageCompose";
  /** Who the message is addressed to so far. */
  recipients(): Promise<ItemResult<readonly MailPerson[]>>;
  /** Inserts HTML where the cursor is (at the start when the body has no focus). */
  insertHtml(html: string): Promise<ItemResult<void>>;
}

/** The item open in Outlook when the pane opened; `none` when Outlook gives the pane no item. */
export type MailItem =
  | AppointmentItem
  | MessageReadItem
  | MessageComposeItem
  | { readonly kind: "none"; readonly reason: string };

/** Outlook's body limit for setAsync/setSelectedDataAsync, in characters. */
export const MAX_BODY_CHARS = 1_000_000;
