import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { MeetingError } from "../../domain/meetings/meetingError";
import {
  confirmationTextFor,
  noticeTextFor,
  offerEmailTextFor,
} from "../../domain/offers/i18n/emailLanguages";
import type { Calendar } from "../../domain/ports/calendar";
import type { Directory } from "../../domain/ports/directory";
import type { DocumentLibrary } from "../../domain/ports/document-library";
import type { DocumentRenderer } from "../../domain/ports/documents";
import type { FamilyContacts } from "../../domain/ports/family-contacts";
import type { FreeBusy } from "../../domain/ports/free-busy";
import type { Mail } from "../../domain/ports/mail";
import type { Records } from "../../domain/ports/records";
import type { ReplyReader } from "../../domain/ports/reply-reader";
import type { ScheduledMail } from "../../domain/ports/scheduled-mail";
import type { SchoolSettings } from "../../domain/ports/school-settings";
import type { Clock } from "../../domain/time/clock";
import type { IanaZone } from "../../domain/time/zone";

/** The ports and settings the meeting use cases are built from (once, in the composition root). */
export interface MeetingPorts {
  readonly records: Records;
  readonly calendar: Calendar;
  readonly mail: Mail;
  /** Mail Exchange holds until a time (deferred delivery): reminders the day before. */
  readonly scheduledMail: ScheduledMail;
  /** Reads families' replies: in a Web Worker in the browser, in process in Node. */
  readonly replyReader: ReplyReader;
  /** Draws agendas and summaries as documents to attach and file. */
  readonly documents: DocumentRenderer;
  /** The pastoral site's document library, where summaries are filed. */
  readonly library: DocumentLibrary;
  readonly freeBusy: FreeBusy;
  readonly directory: Directory;
  /** The family contacts list: where standing adjustments are remembered, with consent. */
  readonly families?: FamilyContacts;
  readonly schoolSettings: SchoolSettings;
  readonly clock: Clock;
  readonly random: () => number;
  readonly parentPageUrl: string;
  readonly schoolZone: IanaZone;
}

export const familyTexts = (lang: string) => ({
  offer: offerEmailTextFor(lang),
  confirmation: confirmationTextFor(lang),
  notice: noticeTextFor(lang),
});

/**
 * The flows' dependencies. Who is signed in and the school's profile are read once and kept: they
 * do not change while the app is open, and a booking should not pay for them every time.
 */
export function flowContext(ports: MeetingPorts): () => Promise<MeetingDeps> {
  let cached: Promise<MeetingDeps> | undefined;
  const load = async (): Promise<MeetingDeps> => {
    const [me, profile] = await Promise.all([ports.directory.me(), ports.schoolSettings.profile()]);
    if (!profile) throw new MeetingError({ code: "noSchoolProfile" });
    return {
      ...ports,
      school: profile,
      sender: { name: me.name, email: me.email },
      texts: familyTexts,
      rooms: () => ports.directory.rooms(),
      pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
  };
  return () => {
    cached ??= load().catch((e: unknown) => {
      cached = undefined;
      throw e;
    });
    return cached;
  };
}
