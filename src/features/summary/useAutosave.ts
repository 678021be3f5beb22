import { useCallback, useEffect, useRef, useState } from "react";
import { isServiceError } from "../../domain/errors";
import { keepBoth as keepBothDrafts } from "../../domain/summaries/mergeDrafts";
import type { SummaryDraft } from "../../domain/summaries/summary";
import type { RemoteDraft, SummaryActions } from "../../domain/summaries/summaryActions";

/** How long typing must pause before the draft goes to the records store. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { readonly kind: "saved"; readonly base: RemoteDraft | undefined }
  | { readonly kind: "saving" }
  /** Not saved to the records store (no connection, a fault): kept on this device, tried again on the next change. */
  | { readonly kind: "offline"; readonly error: unknown }
  | { readonly kind: "conflict"; readonly theirs: SummaryDraft; readonly base: RemoteDraft };

/**
 * A summary draft that is never lost: every change is kept on this device at once (a closed pane
 * or a crash loses nothing), then saved to the records store once typing pauses, over the version
 * it was based on. A colleague's save in between stops autosaving and asks which to keep.
 */
export function useAutosave(
  summaries: SummaryActions,
  initial: { draft: SummaryDraft; base: RemoteDraft | undefined; unsaved: boolean },
) {
  const [draft, setDraft] = useState(initial.draft);
  const [state, setState] = useState<SaveState>({ kind: "saved", base: initial.base });
  const base = useRef(initial.base);
  const dirty = useRef(initial.unsaved);
  const latest = useRef(initial.draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  const conflicted = useRef(false);

  const save = useCallback(async () => {
    if (saving.current || conflicted.current || !dirty.current) return;
    saving.current = true;
    dirty.current = false;
    const sent = latest.current;
    setState({ kind: "saving" });
    try {
      const outcome = await summaries.save(sent, base.current);
      if (outcome.kind === "conflict") {
        conflicted.current = true;
        dirty.current = true;
        summaries.keepLocal(latest.current, base.current);
        setState(outcome);
        return;
      }
      base.current = outcome.base;
      // Typed while saving: keep the newer words on this device and save them next.
      if (latest.current !== sent) {
        dirty.current = true;
        summaries.keepLocal(latest.current, base.current);
      }
      setState({ kind: "saved", base: outcome.base });
    } catch (error) {
      dirty.current = true;
      if (isServiceError(error, "conflict")) conflicted.current = true;
      setState({ kind: "offline", error });
    } finally {
      saving.current = false;
    }
    if (dirty.current && !conflicted.current)
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [summaries]);

  const change = useCallback(
    (next: SummaryDraft) => {
      latest.current = next;
      dirty.current = true;
      setDraft(next);
      summaries.keepLocal(next, base.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [summaries, save],
  );

  /** After a conflict: their version replaces what is on screen. */
  const takeTheirs = useCallback(() => {
    if (state.kind !== "conflict") return;
    conflicted.current = false;
    dirty.current = false;
    base.current = state.base;
    latest.current = state.theirs;
    setDraft(state.theirs);
    summaries.keepLocal(state.theirs, state.base);
    setState({ kind: "saved", base: state.base });
  }, [state, summaries]);

  /** After a conflict: their words and mine together, saved over their version; nothing of either lost. */
  const keepBoth = useCallback(() => {
    if (state.kind !== "conflict") return;
    conflicted.current = false;
    base.current = state.base;
    const both = keepBothDrafts(latest.current, state.theirs);
    latest.current = both;
    dirty.current = true;
    setDraft(both);
    summaries.keepLocal(both, state.base);
    void save();
  }, [state, summaries, save]);

  /** After a conflict: mine is saved over theirs, knowingly. */
  const keepMine = useCallback(() => {
    if (state.kind !== "conflict") return;
    conflicted.current = false;
    base.current = state.base;
    dirty.current = true;
    void save();
  }, [state, save]);

  // Unsaved typing restored from this device goes to the records store straight away.
  useEffect(() => {
    if (dirty.current) timer.current = setTimeout(() => void save(), 0);
    return () => clearTimeout(timer.current);
  }, [save]);

  return { draft, change, state, takeTheirs, keepMine, keepBoth, flush: save };
}
