import type { Clock } from "../../time/clock";
import { instant } from "../../time/instant";
import type { FlowName, Meeting, MeetingWork, StoredMeeting } from "../meeting";
import { MeetingError, type MeetingProblem } from "../meetingError";
import type { MeetingStatus } from "../meetingStatus";

/** What a step knows about the run it is part of. */
export interface StepContext {
  readonly meetingId: string;
  /** A previous run of this flow was interrupted: before any write that is not safe to repeat, check. */
  readonly resuming: boolean;
}

/** One small, named piece of a flow: takes the meeting, does its work, returns the meeting as it now is. */
export interface Step<D> {
  readonly name: string;
  run(meeting: Meeting, deps: D, ctx: StepContext): Promise<Meeting>;
}

export interface Flow<D> {
  readonly name: FlowName;
  /** The status while it runs; undefined keeps the meeting's own (a reminder changes no state). */
  readonly status: MeetingStatus | undefined;
  readonly steps: readonly Step<D>[];
  /** The settled meeting once every step has run (no side effects; saved with the last step). */
  finish(meeting: Meeting): Meeting;
}

/** Saves a meeting over the version it was read at; a stale version is a conflict. */
export interface MeetingSaver {
  save(previous: StoredMeeting, meeting: Meeting): Promise<StoredMeeting>;
}

/** A step that must stop the flow: the meeting it leaves is saved, then the problem is reported. */
export class StopFlow extends Error {
  constructor(
    readonly meeting: Meeting,
    readonly problem: MeetingProblem,
  ) {
    super(`Flow stopped: ${problem.code}`);
    this.name = "StopFlow";
  }
}

/** What a flow is asked to do, recorded before it starts. */
export type WorkInput = Partial<Pick<MeetingWork, "slot" | "carerId" | "reason" | "households" | "extendBy">>;

/**
 * Marks the flow as under way, before anything outside is touched. If the same flow was
 * interrupted, it is resumed as it was first asked (whatever was clicked this time); if another
 * flow was interrupted, that must be finished first.
 */
export function beginWork(meeting: Meeting, flow: Flow<unknown>, input: WorkInput, clock: Clock): Meeting {
  const work = meeting.work;
  if (work && work.flow !== flow.name) throw new MeetingError({ code: "otherWorkUnderway", flow: work.flow });
  const status = flow.status ?? meeting.status;
  if (work) return { ...meeting, status, work: { ...work, attempt: work.attempt + 1 } };
  return {
    ...meeting,
    status,
    work: {
      flow: flow.name,
      attempt: 1,
      startedAt: instant(clock.now()),
      slot: input.slot,
      carerId: input.carerId,
      reason: input.reason ?? "",
      households: input.households ?? [],
      extendBy: input.extendBy ?? 0,
    },
  };
}

/**
 * Runs a flow's steps in order, saving after each one that changed the meeting, so a retry picks
 * up after the last step saved. The meeting must already carry the flow's work (see beginWork),
 * saved: that save is what makes a retry a resume.
 */
export async function runFlow<D>(flow: Flow<D>, stored: StoredMeeting, deps: D, saver: MeetingSaver) {
  const work = stored.meeting.work;
  if (work?.flow !== flow.name)
    throw new MeetingError({ code: "otherWorkUnderway", flow: work?.flow ?? flow.name });
  const ctx: StepContext = { meetingId: stored.id, resuming: work.attempt > 1 };
  let current = stored;
  for (const [i, step] of flow.steps.entries()) {
    let next: Meeting;
    try {
      next = await step.run(current.meeting, deps, ctx);
    } catch (e) {
      if (!(e instanceof StopFlow)) throw e;
      await saver.save(current, e.meeting);
      throw new MeetingError(e.problem);
    }
    const last = i === flow.steps.length - 1;
    const settled = last ? flow.finish(next) : next;
    if (settled !== current.meeting) current = await saver.save(current, settled);
  }
  return current;
}

/**
 * Steps that touch different things, run at once from the same meeting (so their requests can
 * travel together). Each may add done keys; any other field may be changed by one of them only.
 */
export function together<D>(name: string, ...steps: readonly Step<D>[]): Step<D> {
  return {
    name,
    async run(meeting, deps, ctx) {
      const results = await Promise.all(steps.map((s) => s.run(meeting, deps, ctx)));
      let merged: Meeting = meeting;
      const done = new Set(meeting.done);
      for (const [i, result] of results.entries()) {
        for (const key of result.done) done.add(key);
        for (const k of Object.keys(result) as (keyof Meeting)[]) {
          if (k === "done" || result[k] === meeting[k]) continue;
          if (merged[k] !== meeting[k])
            throw new Error(`Steps in ${name} both change ${String(k)} (${steps[i]?.name})`);
          merged = { ...merged, [k]: result[k] };
        }
      }
      return done.size === meeting.done.length ? merged : { ...merged, done: [...done] };
    },
  };
}
