import { Button, Link, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { PrintRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { TimelineEntry, TimelineKind } from "../../domain/ports/records";
import { authorsOf, type TimelineFilter, timelineRows } from "../../domain/timeline/timelineView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useDateFormat } from "../useDateFormat";
import { NoteForm } from "./NoteForm";
import { TimelineEntryDialog } from "./TimelineEntryDialog";
import { EMPTY_FIELDS, type FilterFields, TimelineFilters } from "./TimelineFilters";
import { TimelineList } from "./TimelineList";
import { dayEnd, dayStart } from "./timelineDates";
import { useTimeline } from "./useTimeline";

const useStyles = makeStyles({
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  count: { display: "block", marginBlock: tokens.spacingVerticalS },
});

/**
 * The child's whole story, newest first and grouped by meeting, with filters, each entry opening
 * in full, and a note form. Text is shown as text, never as HTML.
 */
export function Timeline({ childId, entryId }: { childId: string; entryId?: string | undefined }) {
  const styles = useStyles();
  const { zone } = useDateFormat();
  const [state, retry] = useTimeline(childId);
  const [fields, setFields] = useState<FilterFields>(EMPTY_FIELDS);
  const [openId, setOpenId] = useState<string | undefined>(entryId);
  const entries = state.status === "ready" ? state.entries : EMPTY;
  const filter: TimelineFilter = useMemo(
    () => ({
      kinds: fields.kinds,
      from: dayStart(fields.from, zone),
      to: dayEnd(fields.to, zone),
      person: fields.person,
    }),
    [fields, zone],
  );
  const rows = useMemo(() => timelineRows(entries, filter), [entries, filter]);
  const counts = useMemo(() => countKinds(entries), [entries]);
  const authors = useMemo(() => authorsOf(entries), [entries]);
  const shownCount = rows.filter((r) => r.type === "entry").length;
  const opened = openId ? entries.find((e) => e.id === openId) : undefined;

  // The dialog is taken away as it closes, so it cannot give the focus back itself: the entry that
  // opened it takes it again, and the keyboard carries on along the timeline from where it was.
  const section = useRef<HTMLElement>(null);
  const [returnTo, setReturnTo] = useState<string>();
  useEffect(() => {
    if (returnTo === undefined) return;
    section.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(returnTo)}"]`)?.focus();
    setReturnTo(undefined);
  }, [returnTo]);

  const close = () => {
    setReturnTo(openId);
    setOpenId(undefined);
    // A deep link's address names the entry; closing it returns to the child's page.
    if (entryId) window.location.hash = routes.child(childId);
  };

  return (
    <section aria-labelledby="timeline-heading" ref={section}>
      <div className={styles.top}>
        <h3 id="timeline-heading">{staffText("children.timeline.heading")}</h3>
        <Link href={routes.timelinePrint(childId, { from: fields.from, to: fields.to })}>
          <PrintRegular aria-hidden="true" /> {staffText("children.timeline.print")}
        </Link>
        {state.status === "ready" && state.refreshing && (
          <Spinner size="extra-tiny" label={staffText("children.timeline.refreshing")} />
        )}
      </div>
      {state.status === "loading" && <Spinner label={staffText("children.timeline.loading")} />}
      {state.status === "error" && (
        <div role="alert">
          <Text>{staffText("children.timeline.unreadable", { error: errorText(state.error) })}</Text>{" "}
          <Button onClick={retry}>{staffText("shell.tryAgain")}</Button>
        </div>
      )}
      {state.status === "ready" && (
        <>
          <TimelineFilters value={fields} onChange={setFields} counts={counts} authors={authors} />
          <Text className={styles.count} role="status">
            {entries.length === 0
              ? staffText("children.timeline.empty")
              : shownCount === entries.length
                ? staffText("children.timeline.all", { count: entries.length })
                : staffText("children.timeline.some", { shown: shownCount, total: entries.length })}
          </Text>
          {shownCount > 0 && <TimelineList rows={rows} onOpen={(e) => setOpenId(e.id)} focusId={entryId} />}
          {openId && !opened && <Text role="alert">{staffText("children.timeline.missing")}</Text>}
        </>
      )}
      {opened && <TimelineEntryDialog entry={opened} onClose={close} />}
      <NoteForm childId={childId} />
    </section>
  );
}

const EMPTY: readonly TimelineEntry[] = [];

function countKinds(entries: readonly TimelineEntry[]): Map<TimelineKind, number> {
  const counts = new Map<TimelineKind, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return counts;
}
