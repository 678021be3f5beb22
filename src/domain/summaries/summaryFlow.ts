import type { DocumentVariant } from "../documents/document";
import { ENGLISH, familyLocale } from "../i18n/locales";
import { logOnce, markDone, sendOnce } from "../meetings/flows/effects";
import type { MeetingDeps } from "../meetings/flows/flowDeps";
import { beginWork, type Flow, type Step } from "../meetings/flows/runFlow";
import { carersOf, households } from "../meetings/households";
import type { Meeting } from "../meetings/meeting";
import { MeetingError } from "../meetings/meetingError";
import { DOCX_TYPE } from "../ports/documents";
import { instant } from "../time/instant";
import { encodeFeedback, summaryReference } from "./feedbackLink";
import type { MeetingSummary, SentSummary, SummaryDraft } from "./summary";
import { summaryDocument } from "./summaryDocument";
import { summaryEmail } from "./summaryEmail";
import type { SummaryFrame } from "./summaryReader";
import { actionDoneText, actionText, summaryLogText } from "./summaryTimeline";

/** The summary being sent (set by beginSummary before the flow runs). */
function sentOf(meeting: Meeting): SentSummary {
  const current = meeting.summary?.current;
  if (!current) throw new MeetingError({ code: "wrongState", status: meeting.status, action: "summarise" });
  return current;
}

const when = (meeting: Meeting) =>
  meeting.booking?.slot.start ?? meeting.replacing?.slot.start ?? meeting.createdAt;

/**
 * Starts sending a summary: the first (version 1) of a booked or held meeting, or a correction
 * (the next version) of one already summarised. `version` is the one staff are sending: a version
 * already sent changes nothing (so a repeated press sends nothing); an interrupted send is resumed
 * as first asked.
 */
export function beginSummary(
  meeting: Meeting,
  draft: SummaryDraft,
  version: number,
  deps: Pick<MeetingDeps, "clock">,
): Meeting {
  if (meeting.work?.flow === "summarise") return beginWork(meeting, summariseFlow, {}, deps.clock);
  const before = meeting.summary;
  // That version went already (a second press, or a retry after the last save's answer was lost).
  if (before && before.current.version >= version) return meeting;
  if (meeting.status !== "booked" && meeting.status !== "held" && meeting.status !== "summarised")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "summarise" });
  if (version !== (before?.current.version ?? 0) + 1)
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "summarise" });
  const current: SentSummary = { version, draft, sentAt: instant(deps.clock.now()) };
  const summary: MeetingSummary = {
    current,
    earlier: before
      ? [...before.earlier, { version: before.current.version, sentAt: before.current.sentAt }]
      : [],
    done: before?.done ?? [],
  };
  return beginWork({ ...meeting, summary }, summariseFlow, {}, deps.clock);
}

/** Large print or easy read when anyone in the household asked for it in their reply. */
export function variantFor(meeting: Meeting, household: string): DocumentVariant {
  const ids = new Set(carersOf(meeting, household).map((c) => c.id));
  const asked = new Set(
    meeting.replies.filter((r) => ids.has(r.carerId)).flatMap((r) => r.answer.adjustments),
  );
  if (asked.has("easyRead")) return "easyRead";
  if (asked.has("largePrint")) return "largePrint";
  return "standard";
}

const frameOf = (meeting: Meeting, deps: MeetingDeps): SummaryFrame => ({
  meetingStart: when(meeting),
  zone: deps.schoolZone,
  author: deps.sender.name,
  jurisdiction: deps.school.jurisdiction,
});

/** Where a version is filed: by the child's id and the meeting's, never the child's name. */
export const summaryPath = (meeting: Meeting, meetingId: string, version: number) =>
  `Common Ground/${meeting.childId}/meeting-${meetingId}/summary-v${version}.docx`;

/** Files the school's copy (in English, standard print) in the pastoral site's library. */
export const fileSummary: Step<MeetingDeps> = {
  name: "fileSummary",
  async run(meeting, deps, ctx) {
    const sent = sentOf(meeting);
    const key = `sum:v${sent.version}:file`;
    if (meeting.done.includes(key)) return meeting;
    const doc = summaryDocument(
      sent,
      { locale: ENGLISH, carerIds: [], variant: "standard" },
      frameOf(meeting, deps),
    );
    // Replacing the file at the same path is safe to repeat: a resumed run leaves one copy.
    await deps.library.file(
      summaryPath(meeting, ctx.meetingId, sent.version),
      await deps.documents.docx(doc),
      DOCX_TYPE,
    );
    return markDone(meeting, [key]);
  },
};

/**
 * One household's copy of a summary: the document in their language and print, and the email
 * that carries it with their own answer link (reference `<carer ref>-S<version>`).
 */
export function householdCopy(meeting: Meeting, sent: SentSummary, household: string, deps: MeetingDeps) {
  const carers = carersOf(meeting, household);
  const first = carers[0];
  if (!first) return undefined;
  const frame = frameOf(meeting, deps);
  const locale = familyLocale(first.lang);
  const doc = summaryDocument(
    sent,
    { locale, carerIds: carers.map((c) => c.id), variant: variantFor(meeting, household) },
    frame,
  );
  const reference = summaryReference(first.ref, sent.version);
  const answerUrl = `${deps.parentPageUrl}#${encodeFeedback({ v: 1, ref: reference, replyTo: deps.sender.email, lang: first.lang, version: sent.version })}`;
  const email = summaryEmail({
    locale,
    carerName: carers.map((c) => c.name).join(", "),
    version: sent.version,
    meetingStart: frame.meetingStart,
    zone: first.zone || deps.schoolZone,
    staffSubject: sent.draft.subject,
    document: doc,
    answerUrl,
    senderName: deps.sender.name,
    schoolName: deps.school.name,
    schoolPhone: deps.school.phone,
  });
  return { carers, doc, reference, email };
}

/** Each household its own email in its language, with its own copy of the document attached. */
export const sendSummaries: Step<MeetingDeps> = {
  name: "sendSummaries",
  async run(meeting, deps, ctx) {
    const sent = sentOf(meeting);
    const keys: (string | undefined)[] = [];
    for (const household of households(meeting)) {
      const copy = householdCopy(meeting, sent, household, deps);
      if (!copy) continue;
      const { carers, doc, reference, email } = copy;
      const key = `sum:v${sent.version}:mail:${household}`;
      if (meeting.done.includes(key)) continue;
      const bytes = await deps.documents.docx(doc);
      keys.push(
        await sendOnce(meeting, deps, ctx, key, {
          to: carers.map((c) => ({ name: c.name, email: c.email })),
          cc: [],
          subject: email.subject,
          html: email.html,
          reference,
          attachments: [{ name: `summary-v${sent.version}.docx`, contentType: DOCX_TYPE, bytes }],
        }),
      );
    }
    return markDone(meeting, keys);
  },
};

/** The summary and each action on the child's timeline. */
export const logSummary: Step<MeetingDeps> = {
  name: "logSummary",
  run(meeting, deps, ctx) {
    const sent = sentOf(meeting);
    const at = deps.clock.now();
    return logOnce(meeting, deps, ctx, [
      { key: `sum:v${sent.version}:log`, at, kind: "summary", ...summaryLogText(sent, meeting) },
      ...sent.draft.actions.map((a) => ({
        key: `sum:v${sent.version}:action:${a.id}`,
        at,
        kind: "action" as const,
        ...actionText(a, sent.version),
      })),
    ]);
  },
};

/** Send a summary: filed, each household emailed once, the timeline told; the meeting is summarised. */
export const summariseFlow: Flow<MeetingDeps> = {
  name: "summarise",
  status: undefined,
  steps: [fileSummary, sendSummaries, logSummary],
  finish: (m) => ({ ...m, status: "summarised", work: undefined }),
};

/**
 * Records an action as done (who and when) on the meeting, and the timeline entry saying so. Done
 * already, the meeting is returned unchanged with the entry as first recorded, so a retry can
 * still write an entry that was missed.
 */
export function markActionDone(meeting: Meeting, actionId: string, by: string, at: number) {
  const summary = meeting.summary;
  const action = summary?.current.draft.actions.find((a) => a.id === actionId);
  if (!summary || !action)
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "summarise" });
  const earlier = summary.done.find((d) => d.actionId === actionId);
  const done = earlier ?? { actionId, by, at: instant(at) };
  const entry = {
    key: `sum:done:${actionId}`,
    at: done.at,
    kind: "action" as const,
    ...actionDoneText(action, done.by),
  };
  if (earlier) return { meeting, entry };
  return { meeting: { ...meeting, summary: { ...summary, done: [...summary.done, done] } }, entry };
}
