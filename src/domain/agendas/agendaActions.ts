import type { StoredMeeting } from "../meetings/meeting";
import type { Instant } from "../time/instant";
import type { AgendaItem, MeetingAgenda } from "./agenda";
import type { AgendaTemplate } from "./agendaTemplates";

/** A meeting's agenda as the editor shows it. */
export interface AgendaView {
  readonly stored: StoredMeeting;
  readonly childName: string;
  /** The agenda saved on the meeting, or a fresh one from its template (not saved yet). */
  readonly agenda: MeetingAgenda;
  readonly template: AgendaTemplate | undefined;
  readonly bookedMinutes: number;
  /** When the agenda goes by itself if staff do not send it first (undefined once sent). */
  readonly dueAt: Instant | undefined;
}

/** The agenda use cases the screens call. */
export interface AgendaActions {
  view(meetingId: string): Promise<AgendaView>;
  /** Saves staff's edit of the items; after a version was sent, `reason` is kept for the family. */
  save(meetingId: string, items: readonly AgendaItem[], reason: string): Promise<StoredMeeting>;
  /** Saves the items and sends them: the first version, or a late change with its reason. */
  send(meetingId: string, items: readonly AgendaItem[], reason: string): Promise<StoredMeeting>;
  /**
   * Sends the first version of every booked meeting's agenda that is due, and sends again one sent
   * for a time the meeting has since moved from (at start, and after booking).
   */
  sendDue(meetingIds?: readonly string[]): Promise<{ readonly sent: number; readonly failed: number }>;
  /** The same for one meeting just saved (after booking), without reading it again. */
  sendIfDue(stored: StoredMeeting): Promise<{ readonly sent: number; readonly failed: number }>;
  templates(): Promise<readonly AgendaTemplate[]>;
  /** The school's own templates (a built-in one it changed has the built-in's id). */
  schoolTemplates(): Promise<readonly AgendaTemplate[]>;
  /** Deletes one of the school's templates; for a built-in one it changed, this puts the built-in back. */
  deleteTemplate(id: string): Promise<void>;
  /** Adds or replaces one of the school's templates (a built-in one is replaced by using its id). */
  saveTemplate(template: AgendaTemplate): Promise<void>;
}
