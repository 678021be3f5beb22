import { isServiceError } from "../../domain/errors";
import type { MeetingSaver } from "../../domain/meetings/flows/runFlow";
import type { Meeting, StoredMeeting } from "../../domain/meetings/meeting";
import { MeetingError } from "../../domain/meetings/meetingError";
import { readMeeting, writeMeeting } from "../../domain/meetings/meetingSchema";
import type { Records } from "../../domain/ports/records";
import type { Clock } from "../../domain/time/clock";
import { instant } from "../../domain/time/instant";

/** Meeting records read through the schema (migrating old ones) and saved over the version read. */
export class MeetingStore implements MeetingSaver {
  constructor(
    private readonly records: Records,
    private readonly clock: Clock,
  ) {}

  async get(id: string): Promise<StoredMeeting> {
    const read = readMeeting(await this.records.meeting(id));
    if (!read.ok) throw new MeetingError({ code: "unreadable", problem: read.problem });
    return read.stored;
  }

  /** The record if it still exists and can be read; otherwise nothing. */
  async find(id: string): Promise<StoredMeeting | undefined> {
    try {
      return await this.get(id);
    } catch (e) {
      if (isServiceError(e, "notFound") || e instanceof MeetingError) return undefined;
      throw e;
    }
  }

  async create(meeting: Meeting): Promise<StoredMeeting> {
    const saved = await this.records.saveMeeting(this.write("", meeting), undefined);
    return { id: saved.id, version: saved.version, meeting };
  }

  async save(previous: StoredMeeting, meeting: Meeting): Promise<StoredMeeting> {
    const saved = await this.records.saveMeeting(this.write(previous.id, meeting), previous.version);
    return { id: previous.id, version: saved.version, meeting };
  }

  private write(id: string, meeting: Meeting) {
    return {
      id,
      childId: meeting.childId,
      status: meeting.status,
      updatedAt: instant(this.clock.now()),
      data: writeMeeting(meeting),
    };
  }
}
