import type { MeetingNeeds } from "../../domain/adjustments/meetingNeeds";
import type { FindTimesInput, FindTimesOutcome } from "../../domain/meetings/findTimes";
import type { LocalDate } from "../../domain/time/localDate";
import { type FamilyFacts, withFamily } from "./familyPrefill";
import type { FindTimesField, FindTimesForm } from "./findTimesForm";

/** One search as it was made: the form it came from, what the engine was asked, and its answer. */
export interface Search {
  readonly id: number;
  readonly form: FindTimesForm;
  readonly input: FindTimesInput;
  readonly needs: MeetingNeeds;
  readonly outcome: FindTimesOutcome;
}

/** The find-times screen: the form for one child (or none yet) and what its searches found. */
export interface FindTimesState {
  readonly form: FindTimesForm;
  /** Staff changed something, so the form is kept as this child's draft. */
  readonly edited: boolean;
  /** A fresh form for a child, still to be filled in from what the school knows about the family. */
  readonly prefill: boolean;
  readonly prefillError: string | undefined;
  /** Once staff press Find times, every field says what is wrong with it as they type. */
  readonly attempted: boolean;
  /** A new object each time Find times is pressed with something to fix, naming the field to focus. */
  readonly focus: { readonly field: FindTimesField } | undefined;
  /** The search under way; an answer for any other is stale and dropped. */
  readonly searching: number | undefined;
  /** Why the last search could not be made (Microsoft 365 failed), for the page, not a field. */
  readonly searchError: string | undefined;
  readonly search: Search | undefined;
  /** Starts of the slots ticked to offer. */
  readonly chosen: readonly number[];
  readonly week: LocalDate | undefined;
}

export type FindTimesAction =
  /** Another child's form (or a fresh one): nothing from the previous child carries over. */
  | { readonly type: "opened"; readonly form: FindTimesForm; readonly saved: boolean }
  /** The form typed with no child chosen becomes this child's. */
  | { readonly type: "childChosen"; readonly childId: string }
  | { readonly type: "changed"; readonly change: Partial<FindTimesForm> }
  | { readonly type: "prefilled"; readonly childId: string; readonly facts: FamilyFacts }
  | { readonly type: "prefillFailed"; readonly childId: string; readonly message: string }
  | { readonly type: "invalid"; readonly field: FindTimesField }
  | { readonly type: "searchStarted"; readonly id: number }
  | { readonly type: "searchDone"; readonly search: Search; readonly week: LocalDate }
  | { readonly type: "searchFailed"; readonly id: number; readonly message: string }
  | { readonly type: "toggled"; readonly start: number }
  | { readonly type: "week"; readonly monday: LocalDate }
  /** The offer went: the draft is done with. */
  | { readonly type: "sent" };

/** The screen showing `form`; a saved draft is already kept, a fresh form for a child still needs the family's details. */
export function openedState(form: FindTimesForm, saved: boolean): FindTimesState {
  return {
    form,
    edited: saved,
    prefill: !saved && form.childId !== "",
    prefillError: undefined,
    attempted: false,
    focus: undefined,
    searching: undefined,
    searchError: undefined,
    search: undefined,
    chosen: [],
    week: undefined,
  };
}

export function findTimesReducer(state: FindTimesState, action: FindTimesAction): FindTimesState {
  switch (action.type) {
    case "opened":
      return openedState(action.form, action.saved);
    case "childChosen":
      return { ...state, form: { ...state.form, childId: action.childId }, prefill: true };
    case "changed":
      return { ...state, form: { ...state.form, ...action.change }, edited: true };
    case "prefilled":
      if (!state.prefill || state.form.childId !== action.childId) return state;
      return { ...state, form: withFamily(state.form, action.facts), prefill: false };
    case "prefillFailed":
      if (!state.prefill || state.form.childId !== action.childId) return state;
      return { ...state, prefill: false, prefillError: action.message };
    case "invalid":
      return { ...state, attempted: true, focus: { field: action.field }, searchError: undefined };
    case "searchStarted":
      return { ...state, attempted: true, searching: action.id, searchError: undefined };
    case "searchDone":
      if (state.searching !== action.search.id) return state;
      return { ...state, searching: undefined, search: action.search, chosen: [], week: action.week };
    case "searchFailed":
      if (state.searching !== action.id) return state;
      return { ...state, searching: undefined, searchError: action.message };
    case "toggled": {
      const { chosen } = state;
      const start = action.start;
      return {
        ...state,
        chosen: chosen.includes(start) ? chosen.filter((c) => c !== start) : [...chosen, start],
      };
    }
    case "week":
      return { ...state, week: action.monday };
    case "sent":
      return { ...state, edited: false };
  }
}
