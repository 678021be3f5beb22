import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { offerLink } from "../../domain/meetings/flows/offerEmails";
import { newMeeting } from "../../domain/meetings/flows/offerFlow";
import type { MeetingActions } from "../../domain/meetings/meetingActions";
import { when } from "../../domain/meetings/timelineText";
import { crc32Hex } from "../../domain/offers/crc32";
import { appointmentFields } from "../../domain/outlook/appointmentPlan";
import { offerReferenceIn } from "../../domain/outlook/mailReference";
import { offerInsertHtml } from "../../domain/outlook/offerInsert";
import type { OpenEmail, OutlookActions } from "../../domain/outlook/outlookActions";
import type { Directory } from "../../domain/ports/directory";
import type { FamilyContacts } from "../../domain/ports/family-contacts";
import type { Records } from "../../domain/ports/records";
import type { Clock } from "../../domain/time/clock";
import { formatLongDateTime } from "../../domain/time/format";
import type { IanaZone } from "../../domain/time/zone";
import { fillAppointment } from "./fillAppointment";

export interface OutlookPorts {
  readonly directory: Directory;
  readonly records: Records;
  readonly families: FamilyContacts;
  readonly meetings: MeetingActions;
  readonly clock: Clock;
  readonly random: () => number;
  readonly schoolZone: IanaZone;
  /** The school and the signed-in sender, as the offer flow has them (for the parent-page link). */
  readonly deps: () => Promise<MeetingDeps>;
}

/**
 * A link that opens the email in Outlook on the web. Office.js gives an EWS id; the web's deep link
 * takes the REST form of it (`/` → `-`, `+` → `_`, as `convertToRestId` does).
 */
export function emailLink(itemId: string): string {
  const rest = itemId.replace(/\//g, "-").replace(/\+/g, "_");
  return `https://outlook.office.com/mail/deeplink/read/${encodeURIComponent(rest)}`;
}

/** The Outlook pane's use cases over the same ports as the rest of the app. */
export function outlookActions(ports: OutlookPorts): OutlookActions {
  const { directory, records, families, meetings, clock, schoolZone } = ports;

  /** Writes a timeline entry once: a retry or a second press finds the first by its key. */
  async function once(entry: Parameters<Records["addTimelineEntry"]>[0]): Promise<"filed" | "alreadyFiled"> {
    const keys = await records.timelineKeys(entry.meetingRef);
    if (keys.has(entry.key)) return "alreadyFiled";
    await records.addTimelineEntry(entry);
    return "filed";
  }

  return {
    async recognise(email, bodyText) {
      const ref = offerReferenceIn(email.subject, bodyText);
      if (ref) {
        const [open, children] = await Promise.all([meetings.open(), directory.children()]);
        for (const item of open) {
          if (item.kind !== "meeting") continue;
          const carer = item.stored.meeting.carers.find((c) => c.ref === ref);
          if (carer) {
            const childName = children.find((c) => c.id === item.stored.meeting.childId)?.name ?? "";
            return { kind: "reply", stored: item.stored, carer, childName };
          }
        }
      }
      const address = email.from.email.toLowerCase();
      const [carers, children] = await Promise.all([directory.allCarers(), directory.children()]);
      const matches = carers.flatMap((carer) => {
        const theirs = carer.email.toLowerCase() === address || (carer.otherEmails ?? []).includes(address);
        const child = theirs ? children.find((c) => c.id === carer.childId) : undefined;
        return child ? [{ child, carer }] : [];
      });
      return matches.length ? { kind: "carer", children: matches } : { kind: "unknown" };
    },

    fileEmail(childId, email: OpenEmail, meetingId) {
      const mailRef = `mail:${crc32Hex(email.internetMessageId || email.itemId)}`;
      const sent = formatLongDateTime(email.receivedAt, schoolZone, "en-GB");
      return once({
        childId,
        at: clock.now(),
        kind: meetingId ? "reply" : "note",
        summary: `Email from ${email.from.name || email.from.email}: ${email.subject}`.slice(0, 255),
        details: `Received ${sent} from ${email.from.email}. Open it in Outlook: ${emailLink(email.itemId)}`,
        meetingRef: meetingId ?? mailRef,
        key: `${mailRef}:filed:${childId}`,
      });
    },

    async linkSender(childId, sender, details) {
      const children = await directory.children();
      const child = children.find((c) => c.id === childId);
      if (!child) throw new RangeError(`No child ${childId}`);
      const result = await families.importRows([
        {
          childId,
          childName: child.name,
          yearGroup: child.yearGroup,
          classTeacherEmail: child.classTeacherId ?? "",
          carerName: sender.name || sender.email,
          relationship: details.relationship,
          carerEmail: sender.email,
          preferredLanguage: "en",
          timeZone: "",
          household: details.household,
          standingAdjustments: [],
        },
      ]);
      const problem = result.failed[0];
      if (problem) throw new RangeError(problem);
    },

    async fillAppointment(item, booking) {
      const me = await directory.me();
      const meeting = newMeeting(booking.draft, { clock, random: ports.random, sender: me });
      const outcome = await fillAppointment(item, appointmentFields(meeting, booking.slot), {
        childId: booking.draft.childId,
        meetingId: undefined,
      });
      if (!outcome.ok) return outcome;
      const ref = `appt:${crc32Hex(`${booking.draft.childId}|${booking.slot.start}|${me.email}`)}`;
      await once({
        childId: booking.draft.childId,
        at: clock.now(),
        kind: "booking",
        summary: `Meeting arranged from Outlook for ${when(booking.slot, schoolZone)}`,
        details: `With ${[...meeting.invitees.map((i) => i.name), ...meeting.carers.map((c) => c.name)].join(", ")}. Sent from ${me.name}'s calendar.`,
        meetingRef: ref,
        key: `${ref}:filled`,
      });
      return outcome;
    },

    async offersFor(recipients) {
      const wanted = new Set(recipients.map((r) => r.email.toLowerCase()));
      const [open, children, d] = await Promise.all([meetings.open(), directory.children(), ports.deps()]);
      return open.flatMap((item) => {
        if (item.kind !== "meeting") return [];
        const meeting = item.stored.meeting;
        if (meeting.status !== "offered" && meeting.status !== "rescheduling") return [];
        return meeting.carers
          .filter((c) => wanted.has(c.email.toLowerCase()))
          .map((carer) => ({
            meetingId: item.stored.id,
            carerName: carer.name,
            childName: children.find((c) => c.id === meeting.childId)?.name ?? "",
            ref: carer.ref,
            html: offerInsertHtml(meeting, carer, offerLink(meeting, carer, d)),
          }));
      });
    },
  };
}
