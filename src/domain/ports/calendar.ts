import type { Instant } from "../time/instant";

export interface Attendee {
  readonly name: string;
  readonly email: string;
  readonly type: "required" | "optional" | "resource";
}

/**
 * A meeting to put in the organiser's calendar. Every event is private; the subject must be
 * neutral (no child's name or need), because free/busy can show it to the whole school.
 */
export interface NewEvent {
  readonly subject: string;
  readonly bodyHtml: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly attendees: readonly Attendee[];
  readonly location: { readonly name: string; readonly email: string } | undefined;
  readonly online: boolean;
  /** A hold shows as tentative and asks nobody (used for offered times). */
  readonly hold: boolean;
  /** Each attendee sees only themselves (households kept apart). */
  readonly hideAttendees: boolean;
}

/** What can change on an event already sent: Graph tells the attendees. */
export type EventChanges = Partial<
  Pick<NewEvent, "subject" | "bodyHtml" | "start" | "end" | "attendees" | "online" | "location">
>;

export interface CalendarEvent {
  readonly id: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly joinUrl: string | undefined;
  readonly attendees: readonly (Attendee & { readonly response: string })[];
}

export interface FileToAttach {
  readonly name: string;
  readonly contentType: string;
  readonly base64: string;
}

export interface Calendar {
  /** Creates once: the same `transactionId` after a retry or double click returns the same event. */
  create(event: NewEvent, transactionId: string): Promise<CalendarEvent>;
  /** The event as it stands now (rooms answer invitations a moment after they are sent). */
  get(id: string): Promise<CalendarEvent>;
  update(id: string, changes: EventChanges): Promise<CalendarEvent>;
  /** Cancels and tells attendees, with a short message. */
  cancel(id: string, comment: string): Promise<void>;
  attach(id: string, file: FileToAttach): Promise<void>;
}
