import type { Meeting, MeetingCarer } from "../../domain/meetings/meeting";
import type { CarerReply, ReplyMessage } from "../../domain/meetings/meetingActions";
import type { Directory } from "../../domain/ports/directory";
import type { Mail, ReceivedMail } from "../../domain/ports/mail";
import type { ReplyReader } from "../../domain/ports/reply-reader";
import { answerFirst } from "../../domain/replies/conversation";
import type { ReplyInterpretation } from "../../domain/replies/interpretReply";
import { domainOf, type ReplySender, replySender } from "../../domain/replies/replySender";
import { ianaZone } from "../../domain/time/zone";

/** What reading replies needs. */
export interface ReplyPorts {
  readonly mail: Mail;
  readonly directory: Directory;
  readonly replyReader: ReplyReader;
}

// Shown as they came; a sender can put anything in a name or a subject.
const MAX_SHOWN = 300;
const shown = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

const UNREADABLE: ReplyInterpretation = {
  kind: "notUnderstood",
  code: "unreadable",
  reason: "it could not be read in time, so it is shown as it came",
  hints: { interpreter: null, supporter: null, online: null },
};

/**
 * Every message carrying each carer's reference to the current offer, read (one at a time, by the
 * reader, off the main thread where there is one) and told apart by sender: the carer's newest
 * answer from an address on record stands for their reply; everything else is kept beside it.
 * `staffEmail` is the signed-in member of staff's: its domain is the school's.
 */
export async function readReplies(
  ports: ReplyPorts,
  meeting: Meeting,
  staffEmail: string,
): Promise<CarerReply[]> {
  const slots = meeting.offer?.slots ?? [];
  const school = domainOf(staffEmail);
  const [onRecord, conversations] = await Promise.all([
    ports.directory.carers(meeting.childId),
    Promise.all(meeting.carers.map((carer) => ports.mail.findByReference(carer.ref))),
  ]);
  const replies: CarerReply[] = [];
  for (const [i, carer] of meeting.carers.entries()) {
    const addresses = {
      email: carer.email,
      otherEmails: onRecord.find((c) => c.id === carer.id)?.otherEmails,
    };
    const messages: ReplyMessage[] = [];
    for (const mail of conversations[i] ?? []) {
      const sender = replySender(mail.from.email, addresses, school);
      messages.push(await readOne(ports.replyReader, mail, sender, carer, slots));
    }
    const picked = answerFirst(messages);
    if (picked) replies.push({ ...picked.answer, carer, others: picked.others });
  }
  return replies;
}

async function readOne(
  reader: ReplyReader,
  mail: ReceivedMail,
  sender: ReplySender,
  carer: MeetingCarer,
  slots: NonNullable<Meeting["offer"]>["slots"],
): Promise<ReplyMessage> {
  const read = await reader.read({
    subject: mail.subject,
    body: mail.html,
    bodyIsHtml: true,
    offer: { ref: carer.ref, slots, zone: ianaZone(carer.zone) },
  });
  return {
    id: mail.id,
    from: { name: shown(mail.from.name), email: shown(mail.from.email) },
    subject: shown(mail.subject),
    sender,
    reading: read?.reading ?? UNREADABLE,
    text: read?.text ?? "",
    receivedAt: mail.receivedAt,
  };
}
