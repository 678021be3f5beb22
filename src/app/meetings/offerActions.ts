import { familyLocale } from "../../domain/i18n/locales";
import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { offerEmailFor, offerLink } from "../../domain/meetings/flows/offerEmails";
import { newMeeting, type OfferDraft, offerFlow, rescheduled } from "../../domain/meetings/flows/offerFlow";
import { outgoingTexts } from "../../domain/meetings/flows/outgoingTexts";
import { beginWork, runFlow } from "../../domain/meetings/flows/runFlow";
import type { StoredMeeting } from "../../domain/meetings/meeting";
import type { OfferActions } from "../../domain/meetings/meetingActions";
import type { Drafts } from "../../domain/ports/drafts";
import { childNameOf, privacyFindings } from "../../domain/privacy/privacyGuard";
import { familyTexts, type MeetingPorts } from "./flowContext";
import type { MeetingStore } from "./meetingStore";

const pendingKey = (childId: string) => `offer-in-progress.${childId}`;

/** Sending offers: a half-sent offer is remembered on this device and resumed, never started again. */
export function offerActions(
  ports: MeetingPorts,
  store: MeetingStore,
  deps: () => Promise<MeetingDeps>,
  drafts: Drafts,
): OfferActions {
  /**
   * The offer this device last began sending for the child, if it is this draft's: still being
   * sent (to finish), or sent but not yet forgotten here (the app stopped just after) — never
   * a reason to send again.
   */
  async function pending(draft: OfferDraft): Promise<StoredMeeting | undefined> {
    const id = drafts.load(pendingKey(draft.childId));
    if (typeof id !== "string") return undefined;
    const stored = await store.find(id);
    const same =
      (stored?.meeting.offer?.slots ?? []).map((s) => s.start).join() ===
      draft.slots.map((s) => s.start).join();
    return stored?.meeting.childId === draft.childId && same ? stored : undefined;
  }

  return {
    async context(childId) {
      const [carers, me, profile, children] = await Promise.all([
        ports.directory.carers(childId),
        ports.directory.me(),
        ports.schoolSettings.profile(),
        ports.directory.children(),
      ]);
      const child = children.find((c) => c.id === childId);
      return {
        carers,
        sender: { name: me.name, email: me.email },
        school: profile,
        childName: childNameOf(child?.name ?? ""),
        keepApart: child?.keepHouseholdsApart ?? false,
      };
    },
    preview(draft, context, rescheduleOf) {
      const school = context.school;
      if (!school) return { emails: [], unlinkable: [], privacy: [] };
      const d = {
        ...ports,
        school,
        sender: context.sender,
        texts: familyTexts,
        pause: async () => undefined,
      };
      const fixed = { clock: ports.clock, random: () => 0, sender: context.sender };
      const meeting = rescheduleOf
        ? rescheduled(rescheduleOf.meeting, draft, fixed)
        : newMeeting(draft, fixed);
      const emails = [];
      const unlinkable = [];
      for (const carer of meeting.carers) {
        try {
          // The preview shows a placeholder reference: the real one is made when it is sent.
          const shown = { ...carer, ref: "CG-XXXX-XXXX" };
          const link = offerLink(meeting, shown, d);
          const email = offerEmailFor(meeting, shown, d, link);
          // The same email, same link and clock, in English: what staff check the family's against.
          const english =
            familyLocale(shown.lang) === "en"
              ? undefined
              : offerEmailFor(meeting, { ...shown, lang: "en-GB" }, d, link);
          emails.push({ carer: shown, subject: email.subject, html: email.html, english });
        } catch (e) {
          if (!(e instanceof RangeError)) throw e;
          unlinkable.push(`${carer.name}: ${e.message}`);
        }
      }
      // The carers' and staff's own names are in the emails, link and event on purpose (a teacher
      // may share the child's first name); the child's are not.
      const privacy = privacyFindings(outgoingTexts(meeting, d), context.childName, [
        ...meeting.carers.map((c) => c.name),
        ...meeting.invitees.map((i) => i.name),
      ]);
      return { emails, unlinkable, privacy };
    },
    async send(draft, rescheduleOf) {
      const d = await deps();
      const key = pendingKey(draft.childId);
      const half = await pending(draft);
      if (half && !half.meeting.work) {
        drafts.clear(key);
        return half;
      }
      // Resuming: the flow checks Sent Items before sending anything it may have sent already.
      let stored = half && (await store.save(half, beginWork(half.meeting, offerFlow, {}, ports.clock)));
      if (!stored && rescheduleOf) {
        const booked = await store.get(rescheduleOf);
        stored = await store.save(booked, rescheduled(booked.meeting, draft, d));
      }
      if (!stored) stored = await store.create(newMeeting(draft, d));
      drafts.save(key, stored.id);
      const done = await runFlow(offerFlow, stored, d, store);
      drafts.clear(key);
      return done;
    },
  };
}
