import type { StoredMeeting } from "../meetings/meeting";
import type { ReceivedMail } from "../ports/mail";
import type { Instant } from "../time/instant";
import type { ListenedCount } from "./feedbackAnswer";
import type { FiledAnswer, SummaryAction, SummaryDraft } from "./summary";

/** The draft as the records store last had it. */
export interface RemoteDraft {
  readonly id: string;
  readonly version: string;
  readonly savedBy: string;
  readonly savedAt: Instant;
}

/** A summary opened for writing: the meeting, the draft to carry on, and where it came from. */
export interface OpenedSummary {
  readonly stored: StoredMeeting;
  readonly childName: string;
  readonly draft: SummaryDraft;
  /** The records store's copy this draft is based on (saves go over it); none before the first save. */
  readonly base: RemoteDraft | undefined;
  /** Restored from this device: changes that had not reached the records store yet. */
  readonly unsaved: boolean;
  /** The version this send will be: 1, or a correction's number. */
  readonly version: number;
  readonly jurisdiction: "scotland" | "england";
  /** Who is signed in (for "saved by"). */
  readonly me: { readonly name: string; readonly email: string };
}

export type SaveOutcome =
  | { readonly kind: "saved"; readonly base: RemoteDraft }
  /** Someone else saved first: their draft, who and when. Nothing was overwritten. */
  | { readonly kind: "conflict"; readonly theirs: SummaryDraft; readonly base: RemoteDraft };

/** An action in "My actions": where it comes from, whether it is late, and whether it is done. */
export interface TrackedAction {
  readonly meetingId: string;
  readonly childId: string;
  readonly childName: string;
  readonly action: SummaryAction;
  readonly overdue: boolean;
  readonly done: { readonly by: string; readonly at: Instant } | undefined;
}

/** Writing, saving and sending summaries, and tracking their actions; built once in `src/app`. */
export interface SummaryActions {
  open(meetingId: string): Promise<OpenedSummary>;
  /** Keeps the draft on this device at once (a closed pane loses nothing). */
  keepLocal(draft: SummaryDraft, base: RemoteDraft | undefined): void;
  /** Saves to the records store over `base`; a colleague's save in between comes back as a conflict. */
  save(draft: SummaryDraft, base: RemoteDraft | undefined): Promise<SaveOutcome>;
  /**
   * Sends `version` of the summary (or resumes an interrupted send); a version already sent is not
   * sent again. The draft on this device is cleared once it has gone.
   */
  send(meetingId: string, draft: SummaryDraft, version: number): Promise<StoredMeeting>;
  /** Actions owned by the signed-in member of staff, overdue first. */
  mine(): Promise<readonly TrackedAction[]>;
  markDone(meetingId: string, actionId: string): Promise<void>;
  /** Reads the families' answers to the summary from the inbox and files new ones (record and timeline). */
  answers(meetingId: string): Promise<readonly (FiledAnswer & { readonly who: string })[]>;
  /**
   * Files one household's answer read from one email (open in Outlook), as `answers` files those in
   * the inbox: once, by the message's id, and only from a carer of the household it answers.
   */
  fileAnswerMail(meetingId: string, mail: ReceivedMail): Promise<"filed" | "alreadyFiled" | "notTheirs">;
  /** "Did you feel listened to?" counted by term across every summary: counts only, no names. */
  listening(): Promise<readonly ListenedCount[]>;
}
