import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { TimelineEntry } from "../../domain/ports/records";
import { formatLongDate, formatStamp } from "../../domain/time/format";
import { foldedText, isFolded } from "../../domain/timeline/notes";
import { kindLook } from "../../domain/timeline/timelineKinds";
import type { TimelineRow } from "../../domain/timeline/timelineView";
import { useDateFormat } from "../useDateFormat";
import { KindIcon } from "./kindIcon";

const useStyles = makeStyles({
  scroller: {
    height: "min(70vh, 640px)",
    overflowY: "auto",
    contain: "strict",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  inner: { position: "relative", width: "100%", listStyle: "none", margin: 0, padding: 0 },
  row: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  group: {
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  entry: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalXS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  inGroup: { marginLeft: tokens.spacingHorizontalL },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  details: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

interface Item {
  readonly entry: TimelineEntry;
  readonly inMeeting: boolean;
  /** Set on the first (newest) entry of a meeting: the meeting's heading is drawn above it. */
  readonly group: Extract<TimelineRow, { type: "meeting" }> | undefined;
}

function itemsOf(rows: readonly TimelineRow[]): Item[] {
  const items: Item[] = [];
  let pending: Extract<TimelineRow, { type: "meeting" }> | undefined;
  for (const row of rows) {
    if (row.type === "meeting") pending = row;
    else {
      items.push({ entry: row.entry, inMeeting: row.inMeeting, group: pending });
      pending = undefined;
    }
  }
  return items;
}

interface Props {
  readonly rows: readonly TimelineRow[];
  readonly onOpen: (entry: TimelineEntry) => void;
  /** An entry to scroll to and focus (a deep link's). */
  readonly focusId: string | undefined;
}

/**
 * The timeline as one list, drawn a screenful at a time so thousands of entries scroll smoothly.
 * Each entry is focusable (one tab stop for the list; arrows, Home and End move; Enter opens it) and
 * says where it is in the list (`aria-posinset` of `aria-setsize`), since only some are in the page.
 */
export function TimelineList({ rows, onOpen, focusId }: Props) {
  const styles = useStyles();
  const { zone, locale } = useDateFormat();
  const items = useMemo(() => itemsOf(rows), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]?.group ? 120 : 88),
    overscan: 6,
    getItemKey: (i) => items[i]?.entry.id ?? i,
  });

  const focusAt = (index: number) => {
    const i = Math.max(0, Math.min(items.length - 1, index));
    setActive(i);
    virtual.scrollToIndex(i, { align: "auto" });
    // The row may only exist after the scroll has drawn it.
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`li[data-index="${i}"]`)?.focus(),
    );
  };

  useEffect(() => {
    if (!focusId) return;
    const i = items.findIndex((it) => it.entry.id === focusId);
    if (i >= 0) {
      setActive(i);
      virtual.scrollToIndex(i, { align: "start" });
    }
  }, [focusId, items, virtual]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>, index: number, entry: TimelineEntry) {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / 90));
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusAt(to);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(entry);
    }
  }

  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div ref={scroller} className={styles.scroller} data-testid="timeline-scroller">
      <ul
        aria-label={staffText("children.timeline.list")}
        className={styles.inner}
        style={{ height: `${virtual.getTotalSize()}px` }}
      >
        {virtual.getVirtualItems().map((v) => {
          const item = items[v.index];
          if (!item) return null;
          const { entry, group } = item;
          const look = kindLook(entry.kind);
          const shown = entry.details && entry.details !== entry.summary ? entry.details : "";
          const folded = isFolded(shown) && !open.has(entry.id);
          return (
            <li
              key={v.key}
              data-index={v.index}
              data-entry-id={entry.id}
              ref={virtual.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${v.start}px)` }}
              aria-setsize={items.length}
              aria-posinset={v.index + 1}
              tabIndex={v.index === active ? 0 : -1}
              onClick={() => {
                setActive(v.index);
                onOpen(entry);
              }}
              onKeyDown={(e) => onKeyDown(e, v.index, entry)}
              onFocus={() => setActive(v.index)}
            >
              {group && (
                <Text as="p" size={200} weight="semibold" className={styles.group}>
                  {staffText(
                    group.count > 1 ? "children.timeline.meetingRange" : "children.timeline.meeting",
                    {
                      count: group.count,
                      first: formatLongDate(group.first.at, zone, locale, true),
                      last: formatLongDate(group.last.at, zone, locale, true),
                    },
                  )}
                </Text>
              )}
              <div className={mergeClasses(styles.entry, item.inMeeting && styles.inGroup)}>
                <KindIcon icon={look.icon} />
                <div>
                  <div className={styles.head}>
                    <Text weight="semibold">{look.label}</Text>
                    <Text size={200}>{formatStamp(entry.at, zone, locale)}</Text>
                    {entry.author && (
                      <Text size={200}>{staffText("children.timeline.by", { author: entry.author })}</Text>
                    )}
                  </div>
                  <div className={styles.text}>{entry.summary}</div>
                  {shown && (
                    <Text as="p" size={200} className={styles.details}>
                      {folded ? foldedText(shown) : shown}
                    </Text>
                  )}
                  {isFolded(shown) && (
                    <Button
                      appearance="transparent"
                      size="small"
                      tabIndex={v.index === active ? 0 : -1}
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle(entry.id);
                      }}
                      onKeyDown={(e) => e.stopPropagation()}
                    >
                      {staffText(folded ? "children.timeline.more" : "children.timeline.less")}
                    </Button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
