import type { Meeting } from "../../domain/meetings/meeting";
import type { CarerReply } from "../../domain/meetings/meetingActions";
import type { Mail } from "../../domain/ports/mail";
import { interpretReply } from "../../domain/replies/interpretReply";
import { replyText } from "../../domain/replies/replyText";
import { ianaZone } from "../../domain/time/zone";

/** The latest reply from each carer to the current offer, read and interpreted for staff to confirm. */
export async function readReplies(mail: Mail, meeting: Meeting): Promise<CarerReply[]> {
  const slots = meeting.offer?.slots ?? [];
  const found = await Promise.all(
    meeting.carers.map(async (carer) => {
      const [latest] = await mail.findByReference(carer.ref);
      if (!latest) return [];
      const reading = interpretReply({
        subject: latest.subject,
        body: latest.html,
        bodyIsHtml: true,
        offer: { ref: carer.ref, slots, zone: ianaZone(carer.zone) },
      });
      // The machine-readable token is for us; staff read the words around it.
      const text = replyText(latest.html, true, latest.subject)
        .replace(/\[cg1:[^\]]*\]/g, "")
        .trim();
      return [{ carer, reading, text, receivedAt: latest.receivedAt }];
    }),
  );
  return found.flat();
}
