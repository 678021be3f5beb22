import { documentHtml } from "../../domain/documents/documentHtml";
import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { offerLink } from "../../domain/meetings/flows/offerEmails";
import { newMeeting } from "../../domain/meetings/flows/offerFlow";
import type { Meeting, MeetingSlot, StoredMeeting } from "../../domain/meetings/meeting";
import type { MeetingActions } from "../../domain/meetings/meetingActions";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import { when } from "../../domain/meetings/timelineText";
import { crc32Hex } from "../../domain/offers/crc32";
import { appointmentFields, withSupporter } from "../../domain/outlook/appointmentPlan";
import { offerReferenceIn } from "../../domain/outlook/mailReference";
import { offerInsertHtml } from "../../domain/outlook/offerInsert";
import type { OpenEmail, OutlookActions, SummaryInsert } from "../../domain/outlook/outlookActions";
import type { Directory } from "../../domain/ports/directory";
import type { FamilyContacts } from "../../domain/ports/family-contacts";
import type { Records } from "../../domain/ports/records";
import { readFeedbackToken } from "../../domain/summaries/feedbackAnswer";
import type { SummaryActions } from "../../domain/summaries/summaryActions";
import { householdCopy } from "../../domain/summaries/summaryFlow";
import type { Clock } from "../../domain/time/clock";
import { formatLongDateTime } from "../../domain/time/format";
import type { IanaZone } from "../../domain/time/zone";
import type { MeetingStore } from "../meetings/meetingStore";
import { fillAppointment } from "./fillAppointment";

export interface OutlookPorts {
  readonly directory: Directory;
  readonly records: Records;
  readonly families: FamilyContacts;
  readonly meetings: MeetingActions;
  /** The meeting records, as the meeting flows save them. */
  readonly store: MeetingStore;
  readonly clock: Clock;
  readonly random: () => number;
  readonly schoolZone: IanaZone;
  /** The school and the signed-in sender, as the offer flow has them (for the parent-page link). */
  readonly deps: () => Promise<MeetingDeps>;
  /** Summary drafts, as the summary page opens them. */
  readonly summaries: SummaryActions;
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

  /** The child's records booked on this calendar event (a cancelled one included: a retry books it again). */
  async function meetingsForEvent(childId: string, eventId: string): Promise<StoredMeeting[]> {
    const items = await records.meetingsFor(childId);
    const found: StoredMeeting[] = [];
    for (const it of items) {
      const stored = await ports.store.find(it.id);
      if (stored?.meeting.booking?.eventId === eventId) found.push(stored);
    }
    return found;
  }

  return {
    async recognise(email, bodyText) {
      const answer = readFeedbackToken(bodyText);
      if (answer) {
        const carerRef = answer.ref.replace(/-S\d+$/, "");
        const [items, children] = await Promise.all([
          records.meetingsWithStatus(["summarised"]),
          directory.children(),
        ]);
        for (const item of items) {
          const read = readMeeting(item);
          if (!read.ok || !read.stored.meeting.carers.some((c) => c.ref === carerRef)) continue;
          const childName = children.find((c) => c.id === read.stored.meeting.childId)?.name ?? "";
          return { kind: "summaryAnswer", stored: read.stored, answer, childName };
        }
      }
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
      const { draft, slot } = booking;
      // The calendar event first: a new appointment is saved (a draft, nothing sent) to get its id.
      const eventId = await item.eventId();
      if (!eventId.ok)
        return { ok: false, stage: "save", field: "id", error: eventId.error, notRestored: [] };
      const oldTag = await item.readTag();
      if (!oldTag.ok) return { ok: false, stage: "read", field: "tag", error: oldTag.error, notRestored: [] };
      const me = await directory.me();
      const meeting = withSupporter(
        newMeeting(draft, { clock, random: ports.random, sender: me }),
        booking.supporter,
        clock.now(),
      );
      // The record this appointment already has: by its tag, or (a retry after the tag failed) by its event.
      const tagged = oldTag.value?.meetingId ? await ports.store.find(oldTag.value.meetingId) : undefined;
      const existing =
        tagged?.meeting.childId === draft.childId
          ? tagged
          : (await meetingsForEvent(draft.childId, eventId.value))[0];
      let saved: StoredMeeting | undefined;
      const outcome = await fillAppointment(
        item,
        appointmentFields(meeting, slot),
        async () => {
          const booked = bookedFromOutlook(meeting, existing?.meeting, slot, eventId.value);
          saved = existing ? await ports.store.save(existing, booked) : await ports.store.create(booked);
          return { childId: draft.childId, meetingId: saved.id };
        },
        async () => {
          // The appointment is back as it was: the record must not claim a booking it no longer has.
          if (!saved) return;
          try {
            if (existing) await ports.store.save(saved, existing.meeting);
            else
              await ports.store.save(saved, {
                ...saved.meeting,
                status: "cancelled",
                endReason: "The appointment could not be filled in Outlook; nothing was sent.",
              });
          } catch {
            // Marking is best effort: a retry finds this record by its event and books it again.
          }
        },
      );
      if (!outcome.ok || !saved) return outcome;
      const ref = saved.id;
      await once({
        childId: draft.childId,
        at: clock.now(),
        kind: "booking",
        summary: `Meeting arranged from Outlook for ${when(slot, schoolZone)}`,
        details: `With ${[...meeting.invitees.map((i) => i.name), ...meeting.carers.map((c) => c.name)].join(", ")}. Sent from ${me.name}'s calendar.`,
        meetingRef: ref,
        key: `${ref}:outlook:${crc32Hex(`${slot.start}|${eventId.value}`)}`,
      });
      return { ok: true, meeting: saved };
    },

    linkedMeeting: (meetingId) => ports.store.find(meetingId),

    async summariesFor(recipients) {
      const wanted = new Set(recipients.map((r) => r.email.toLowerCase()));
      const [carers, children, d] = await Promise.all([
        directory.allCarers(),
        directory.children(),
        ports.deps(),
      ]);
      const childIds = [
        ...new Set(carers.filter((c) => wanted.has(c.email.toLowerCase())).map((c) => c.childId)),
      ];
      const out: SummaryInsert[] = [];
      for (const childId of childIds) {
        const childName = children.find((c) => c.id === childId)?.name ?? "";
        for (const item of await records.meetingsFor(childId)) {
          const read = readMeeting(item);
          if (!read.ok) continue;
          const { meeting } = read.stored;
          // The household of the first recipient this meeting invited (their language, their link).
          const carer = meeting.carers.find((c) => wanted.has(c.email.toLowerCase()));
          if (!carer) continue;
          let sent = meeting.summary?.current;
          let state: SummaryInsert["state"] = "sent";
          if (!sent && (meeting.status === "booked" || meeting.status === "held")) {
            const opened = await ports.summaries.open(read.stored.id);
            if (!opened.base && !opened.unsaved) continue;
            sent = { version: opened.version, draft: opened.draft, sentAt: clock.now() };
            state = "draft";
          }
          if (!sent) continue;
          const copy = householdCopy(meeting, sent, carer.household, d);
          if (!copy) continue;
          out.push({
            meetingId: read.stored.id,
            childName,
            carerName: copy.carers.map((c) => c.name).join(", "),
            state,
            version: sent.version,
            html: state === "sent" ? copy.email.html : documentHtml(copy.doc, { title: "h2" }),
          });
        }
      }
      return out;
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

/**
 * The meeting record for an appointment filled in Outlook: booked at `slot` on the appointment's
 * event, with the staff and every household's carers the appointment invites. An earlier record
 * for the same appointment keeps its id, creation time and done-keys.
 */
export function bookedFromOutlook(
  fresh: Meeting,
  earlier: Meeting | undefined,
  slot: MeetingSlot,
  eventId: string,
): Meeting {
  const households = [...new Set(fresh.carers.map((c) => c.household))];
  return {
    ...fresh,
    status: "booked",
    createdAt: earlier?.createdAt ?? fresh.createdAt,
    done: earlier?.done ?? [],
    offer: fresh.offer && { ...fresh.offer, slots: [slot], holds: [], wantHolds: false },
    booking: { slot, eventId, joinUrl: undefined, households, online: fresh.format !== "inPerson" },
    replacing: undefined,
    endReason: "",
    work: undefined,
  };
}
