import { useEffect, useReducer, useRef, useState } from "react";
import { findTimes } from "../../domain/meetings/findTimes";
import { type MeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { SchoolCalendar } from "../../domain/scheduling/request";
import type { Child, Room, StaffMember } from "../../domain/school/people";
import { isoDateIn } from "../../domain/time/format";
import { addDays, type LocalDate, localDateFromIso, weekdayOf } from "../../domain/time/localDate";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { suggestedStaff } from "./familyPrefill";
import { blankForm, findTimesDraft, readFindTimesDraft } from "./findTimesDraft";
import {
  type FieldProblems,
  type FindTimesForm,
  findTimesDraftKey,
  firstProblem,
  toFindTimesInput,
} from "./findTimesForm";
import { findTimesReducer, openedState } from "./findTimesState";
import { sameMeeting } from "./sameMeeting";

/** What the screen needs from the directory and the school's settings. */
export interface FindTimesContext {
  readonly children: readonly Child[];
  readonly staff: readonly StaffMember[];
  readonly rooms: readonly Room[];
  readonly school: SchoolCalendar | undefined;
}

/** Before drafts were kept per child, one draft served every child; it is dropped, not carried over. */
const SHARED_DRAFT = "find-times";

function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

/**
 * The find-times form for one child at a time, kept as that child's draft, with its searches.
 * `childId` comes from the address; `context` is undefined until it has loaded.
 */
export function useFindTimes(
  childId: string | undefined,
  context: FindTimesContext | undefined,
  reschedule?: string | undefined,
) {
  const { drafts, directory, freeBusy, clock, schoolZone, meetings } = useServices();
  /** A child's saved draft, or a fresh form for them. */
  const load = (id: string) => {
    const saved = readFindTimesDraft(drafts.load(findTimesDraftKey(id)), id);
    return saved
      ? { form: saved, saved: true }
      : { form: blankForm(id, clock.now(), schoolZone), saved: false };
  };
  const [state, dispatch] = useReducer(findTimesReducer, childId ?? "", (id) => {
    const { form, saved } = load(id);
    return openedState(form, saved);
  });
  const searches = useRef(0);

  // The address now names another child: show that child's form. (Today the shell mounts a new page
  // for every address, so this only matters if it stops doing so.)
  const [addressChild, setAddressChild] = useState(childId);
  if (addressChild !== childId) {
    setAddressChild(childId);
    if ((childId ?? "") !== state.form.childId) dispatch({ type: "opened", ...load(childId ?? "") });
  }

  useEffect(() => drafts.clear(SHARED_DRAFT), [drafts]);
  useEffect(() => {
    if (state.edited) drafts.save(findTimesDraftKey(state.form.childId), findTimesDraft(state.form));
  }, [drafts, state.edited, state.form]);

  const prefillChild = state.prefill ? state.form.childId : undefined;
  useEffect(() => {
    if (!context || !prefillChild) return;
    let current = true;
    directory.carers(prefillChild).then(
      (carers) => {
        const child = context.children.find((c) => c.id === prefillChild);
        const facts = { child, carers, staff: context.staff, schoolZone };
        if (current) dispatch({ type: "prefilled", childId: prefillChild, facts });
      },
      (error: unknown) => {
        if (current) dispatch({ type: "prefillFailed", childId: prefillChild, message: errorText(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [context, prefillChild, directory, schoolZone]);

  // Moving a booked meeting: once the family's details are in, the same people, kind and format.
  const [movedFrom, setMovedFrom] = useState<string>();
  const moving =
    reschedule && !state.prefill && state.form.childId === childId && movedFrom !== reschedule
      ? reschedule
      : undefined;
  useEffect(() => {
    if (!moving || !context) return;
    let current = true;
    meetings.get(moving).then(
      (stored) => {
        if (!current) return;
        setMovedFrom(moving);
        if (stored.meeting.childId === childId)
          dispatch({ type: "changed", change: sameMeeting(stored.meeting, context.staff) });
      },
      (error: unknown) => {
        if (current) dispatch({ type: "prefillFailed", childId: childId ?? "", message: errorText(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [moving, context, meetings, childId]);

  const check = (form: FindTimesForm, school: SchoolCalendar) =>
    toFindTimesInput(form, {
      staff: context?.staff ?? [],
      rooms: context?.rooms ?? [],
      school,
      now: clock.now(),
    });
  // Once Find times has been pressed, each field's message follows what is typed.
  const verdict = state.attempted && context?.school ? check(state.form, context.school) : undefined;
  const problems: FieldProblems = verdict && !verdict.ok ? verdict.problems : {};

  const change = (c: Partial<FindTimesForm>) => dispatch({ type: "changed", change: c });

  function chooseChild(id: string) {
    if (id === state.form.childId) return;
    const next = load(id);
    if (state.form.childId === "") {
      drafts.clear(findTimesDraftKey(""));
      // What was typed before the child was chosen was for this child, unless they have a draft already.
      if (!next.saved) {
        dispatch({ type: "childChosen", childId: id });
        return;
      }
    }
    dispatch({ type: "opened", ...next });
  }

  function changeType(typeId: MeetingTypeId) {
    const child = context?.children.find((c) => c.id === state.form.childId);
    change({
      typeId,
      minutes: meetingType(typeId).minutes,
      staff: suggestedStaff(typeId, child, context?.staff ?? []),
    });
  }

  /** Forgets the child and everything typed for them. */
  function startAgain() {
    drafts.clear(findTimesDraftKey(state.form.childId));
    drafts.clear(findTimesDraftKey(""));
    dispatch({ type: "opened", form: blankForm("", clock.now(), schoolZone), saved: false });
  }

  async function search() {
    if (!context?.school) return;
    const form = state.form;
    const verdict = check(form, context.school);
    if (!verdict.ok) {
      const field = firstProblem(verdict.problems);
      if (field) dispatch({ type: "invalid", field });
      return;
    }
    searches.current += 1;
    const id = searches.current;
    dispatch({ type: "searchStarted", id });
    try {
      const { input, needs } = verdict;
      const outcome = await findTimes({ freeBusy, clock }, input);
      const first = outcome.result.kind === "found" ? outcome.result.slots[0] : undefined;
      const week = mondayOf(
        first ? localDateFromIso(isoDateIn(first.start, input.school.zone)) : input.search.first,
      );
      dispatch({ type: "searchDone", week, search: { id, form, input, needs, outcome } });
    } catch (error) {
      dispatch({ type: "searchFailed", id, message: errorText(error) });
    }
  }

  /** The offer has gone to the family: this child's draft is done with. */
  function sent() {
    drafts.clear(findTimesDraftKey(state.form.childId));
    dispatch({ type: "sent" });
  }

  return {
    state,
    problems,
    change,
    chooseChild,
    changeType,
    startAgain,
    search,
    sent,
    toggle: (start: number) => dispatch({ type: "toggled", start }),
    showWeek: (monday: LocalDate) => dispatch({ type: "week", monday }),
  };
}
