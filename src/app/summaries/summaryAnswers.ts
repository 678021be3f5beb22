import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { carersOf, households } from "../../domain/meetings/households";
import type { StoredMeeting } from "../../domain/meetings/meeting";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import type { ReceivedMail } from "../../domain/ports/mail";
import { htmlToText } from "../../domain/replies/htmlText";
import { listenedByTerm, readFeedbackToken } from "../../domain/summaries/feedbackAnswer";
import { summaryReference } from "../../domain/summaries/feedbackLink";
import type { FiledAnswer } from "../../domain/summaries/summary";
import { isoDateIn } from "../../domain/time/format";
import { instant } from "../../domain/time/instant";
import type { MeetingPorts } from "../meetings/flowContext";
import type { MeetingStore } from "../meetings/meetingStore";

const LISTENED_WORDS = {
  yes: "felt listened to",
  partly: "felt partly listened to",
  no: "did not feel listened to",
};

/**
 * Finds each household's answers to every version of the summary (by its reference), keeps those
 * from a carer's own address, and files each new one once: on the meeting record (by the message's
 * id) and on the child's timeline, with their comment as written.
 */
export async function fileAnswers(
  ports: Pick<MeetingPorts, "mail" | "records">,
  store: MeetingStore,
  d: MeetingDeps,
  stored: StoredMeeting,
  /** Where the answers are read: the inbox, or one email open in Outlook. */
  inbox: (reference: string) => Promise<readonly ReceivedMail[]> = (ref) => ports.mail.findByReference(ref),
) {
  const meeting = stored.meeting;
  const summary = meeting.summary;
  if (!summary)
    return {
      stored,
      answers: [] as (FiledAnswer & { who: string })[],
      fresh: [] as (FiledAnswer & { who: string })[],
    };
  const versions = [...summary.earlier.map((e) => e.version), summary.current.version];
  const found: (FiledAnswer & { who: string })[] = [];
  for (const household of households(meeting)) {
    const carers = carersOf(meeting, household);
    const first = carers[0];
    if (!first) continue;
    const addresses = new Set(carers.map((c) => c.email.toLowerCase()));
    for (const version of versions) {
      const ref = summaryReference(first.ref, version);
      for (const mail of await inbox(ref)) {
        if (!addresses.has(mail.from.email.toLowerCase())) continue;
        const answer = readFeedbackToken(htmlToText(mail.html));
        if (!answer || answer.ref !== ref) continue;
        const who =
          carers.find((c) => c.email.toLowerCase() === mail.from.email.toLowerCase())?.name ?? first.name;
        found.push({
          messageId: mail.id,
          household,
          version,
          ...(answer.listened ? { listened: answer.listened } : {}),
          ...(answer.notes ? { notes: answer.notes } : {}),
          comment: answer.comment,
          at: mail.receivedAt,
          who,
        });
      }
    }
  }
  const known = new Set((summary.answers ?? []).map((a) => a.messageId));
  const fresh = found.filter((a) => !known.has(a.messageId));
  let saved = stored;
  if (fresh.length > 0) {
    const filed = fresh.map(({ who: _who, ...a }) => a);
    saved = await store.save(stored, {
      ...meeting,
      summary: { ...summary, answers: [...(summary.answers ?? []), ...filed] },
    });
    const written = await ports.records.timelineKeys(stored.id);
    for (const a of fresh) {
      const key = `sum:answer:${a.messageId}`;
      if (written.has(key)) continue;
      const parts = [
        ...(a.listened ? [LISTENED_WORDS[a.listened]] : []),
        ...(a.notes === "confirm"
          ? ["confirmed the notes"]
          : a.notes === "correct"
            ? ["asks for a correction"]
            : []),
      ];
      await ports.records.addTimelineEntry({
        key,
        at: instant(d.clock.now()),
        kind: "reply",
        childId: meeting.childId,
        meetingRef: stored.id,
        summary:
          `${a.who} answered the summary (version ${a.version}): ${parts.join("; ") || "a comment"}`.slice(
            0,
            255,
          ),
        details: a.comment ? `Their words: ${a.comment}` : "No comment.",
      });
    }
  }
  return { stored: saved, answers: found, fresh };
}

/** Every filed "Did you feel listened to?" answer, counted by term; nothing that names anyone. */
export async function listeningByTerm(ports: MeetingPorts) {
  const items = await ports.records.meetingsWithStatus(["summarised"]);
  const answers = items.flatMap((item) => {
    const read = readMeeting(item);
    if (!read.ok) return [];
    return (read.stored.meeting.summary?.answers ?? []).flatMap((a) =>
      a.listened ? [{ date: isoDateIn(a.at, ports.schoolZone), listened: a.listened }] : [],
    );
  });
  return listenedByTerm(answers);
}
