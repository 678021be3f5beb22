import { isServiceError } from "../../domain/errors";
import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { runFlow } from "../../domain/meetings/flows/runFlow";
import { MeetingError } from "../../domain/meetings/meetingError";
import { readMeeting } from "../../domain/meetings/meetingSchema";
import type { Drafts } from "../../domain/ports/drafts";
import type { SummaryDraftItem, SummaryDrafts } from "../../domain/ports/summary-drafts";
import { prefillSummary } from "../../domain/summaries/prefill";
import type { SummaryDraft } from "../../domain/summaries/summary";
import type { RemoteDraft, SummaryActions, TrackedAction } from "../../domain/summaries/summaryActions";
import { beginSummary, markActionDone, summariseFlow } from "../../domain/summaries/summaryFlow";
import { readSummaryDraft } from "../../domain/summaries/summarySchema";
import { isoDateIn } from "../../domain/time/format";
import type { MeetingPorts } from "../meetings/flowContext";
import type { MeetingStore } from "../meetings/meetingStore";
import { fileAnswers, listeningByTerm } from "./summaryAnswers";

/** The device's copy of a draft: what was typed and the records store's version it was based on. */
interface LocalCopy {
  readonly draft: SummaryDraft;
  readonly base: RemoteDraft | undefined;
}

export const summaryDraftKey = (meetingId: string) => `summary:${meetingId}`;

function readLocal(value: unknown): LocalCopy | undefined {
  if (typeof value !== "object" || value === null || !("draft" in value)) return undefined;
  const draft = readSummaryDraft(value.draft);
  if (!draft) return undefined;
  const b = "base" in value ? (value.base as Partial<RemoteDraft> | undefined) : undefined;
  const base =
    b && typeof b.id === "string" && typeof b.version === "string"
      ? {
          id: b.id,
          version: b.version,
          savedBy: String(b.savedBy ?? ""),
          savedAt: Number(b.savedAt ?? 0) as RemoteDraft["savedAt"],
        }
      : undefined;
  return { draft, base };
}

function parseRemote(item: SummaryDraftItem): { draft: SummaryDraft | undefined; base: RemoteDraft } {
  let value: unknown;
  try {
    value = JSON.parse(item.data);
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    value = undefined;
  }
  return {
    draft: readSummaryDraft(value),
    base: { id: item.id, version: item.version, savedBy: item.savedBy, savedAt: item.savedAt },
  };
}

/** The summary use cases over the records store, this device's drafts and the meeting flows. */
export function summaryActions(
  ports: MeetingPorts & { readonly summaryDrafts: SummaryDrafts },
  store: MeetingStore,
  deps: () => Promise<MeetingDeps>,
  drafts: Drafts,
): SummaryActions {
  return {
    async open(meetingId) {
      const [stored, remote, d, children] = await Promise.all([
        store.get(meetingId),
        ports.summaryDrafts.load(meetingId),
        deps(),
        ports.directory.children(),
      ]);
      const local = readLocal(drafts.load(summaryDraftKey(meetingId)));
      const fromRemote = remote && parseRemote(remote);
      const summary = stored.meeting.summary;
      // This device's unsaved typing comes first; then the records store; then what was sent; then a fresh one.
      const draft =
        local?.draft ??
        fromRemote?.draft ??
        (summary ? { ...summary.current.draft, changes: "" } : prefillSummary(stored.meeting, meetingId));
      const working = stored.meeting.work?.flow === "summarise";
      return {
        stored,
        childName: children.find((c) => c.id === stored.meeting.childId)?.name ?? "",
        draft,
        base: local ? local.base : fromRemote?.base,
        unsaved: local !== undefined,
        version: working ? (summary?.current.version ?? 1) : (summary?.current.version ?? 0) + 1,
        jurisdiction: d.school.jurisdiction,
        me: d.sender,
      };
    },
    keepLocal(draft, base) {
      drafts.save(summaryDraftKey(draft.meetingId), { draft, base });
    },
    async save(draft, base) {
      const d = await deps();
      const savedAt = ports.clock.now() as RemoteDraft["savedAt"];
      const write = {
        id: base?.id ?? "",
        meetingRef: draft.meetingId,
        childId: draft.childId,
        data: JSON.stringify(draft),
        savedBy: d.sender.name,
        savedAt,
      };
      try {
        const saved = await ports.summaryDrafts.save(write, base?.version);
        const next: RemoteDraft = { id: saved.id, version: saved.version, savedBy: d.sender.name, savedAt };
        drafts.clear(summaryDraftKey(draft.meetingId));
        return { kind: "saved", base: next };
      } catch (e) {
        if (!isServiceError(e, "conflict")) throw e;
        const theirs = await ports.summaryDrafts.load(draft.meetingId);
        const parsed = theirs && parseRemote(theirs);
        if (!parsed?.draft) throw e;
        return { kind: "conflict", theirs: parsed.draft, base: parsed.base };
      }
    },
    async send(meetingId, draft, version) {
      const [stored, d] = await Promise.all([store.get(meetingId), deps()]);
      const begun = beginSummary(stored.meeting, draft, version, d);
      // Nothing changed: this version went already; nothing is sent again.
      const done =
        begun === stored.meeting
          ? stored
          : await runFlow(summariseFlow, await store.save(stored, begun), d, store);
      drafts.clear(summaryDraftKey(meetingId));
      return done;
    },
    async mine() {
      const [items, d, children] = await Promise.all([
        ports.records.meetingsWithStatus(["summarised"]),
        deps(),
        ports.directory.children(),
      ]);
      const me = d.sender.email.toLowerCase();
      const today = isoDateIn(ports.clock.now(), ports.schoolZone);
      const out: TrackedAction[] = [];
      for (const item of items) {
        const read = readMeeting(item);
        if (!read.ok) continue;
        const summary = read.stored.meeting.summary;
        if (!summary) continue;
        for (const action of summary.current.draft.actions) {
          if (action.owner.email.toLowerCase() !== me) continue;
          const done = summary.done.find((x) => x.actionId === action.id);
          out.push({
            meetingId: read.stored.id,
            childId: read.stored.meeting.childId,
            childName: children.find((c) => c.id === read.stored.meeting.childId)?.name ?? "",
            action,
            overdue: !done && action.due !== "" && action.due < today,
            done: done && { by: done.by, at: done.at },
          });
        }
      }
      const rank = (a: TrackedAction) => (a.done ? 2 : a.overdue ? 0 : 1);
      return out.sort((a, b) => rank(a) - rank(b) || a.action.due.localeCompare(b.action.due));
    },
    async answers(meetingId) {
      const [stored, d] = await Promise.all([store.get(meetingId), deps()]);
      return (await fileAnswers(ports, store, d, stored)).answers;
    },
    async fileAnswerMail(meetingId, mail) {
      const [stored, d] = await Promise.all([store.get(meetingId), deps()]);
      const { answers, fresh } = await fileAnswers(ports, store, d, stored, async () => [mail]);
      if (fresh.some((a) => a.messageId === mail.id)) return "filed";
      return answers.some((a) => a.messageId === mail.id) ? "alreadyFiled" : "notTheirs";
    },
    listening: () => listeningByTerm(ports),
    async markDone(meetingId, actionId) {
      const [stored, d] = await Promise.all([store.get(meetingId), deps()]);
      if (!stored.meeting.summary)
        throw new MeetingError({ code: "wrongState", status: stored.meeting.status, action: "summarise" });
      const { meeting, entry } = markActionDone(stored.meeting, actionId, d.sender.name, ports.clock.now());
      // The record first: a retry after the timeline write failed finds it done and writes the entry once.
      if (meeting !== stored.meeting) await store.save(stored, meeting);
      const written = await ports.records.timelineKeys(meetingId);
      if (!written.has(entry.key))
        await ports.records.addTimelineEntry({ ...entry, childId: meeting.childId, meetingRef: meetingId });
    },
  };
}
