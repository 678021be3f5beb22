import { Button, Field, Input, Link, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentArrowDownRegular, PrintRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import { DOCX_TYPE } from "../../domain/ports/documents";
import { formatLongDate, formatStamp } from "../../domain/time/format";
import { timelineDocument } from "../../domain/timeline/timelineDocument";
import { kindLook } from "../../domain/timeline/timelineKinds";
import { NO_FILTER, recordOrder } from "../../domain/timeline/timelineView";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { dayEnd, dayStart } from "./timelineDates";
import { useTimeline } from "./useTimeline";

const useStyles = makeStyles({
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
    "@media print": { display: "none" },
  },
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalXL,
    maxWidth: "800px",
    "@media print": { padding: 0, maxWidth: "none", backgroundColor: "transparent", color: "black" },
  },
  list: { listStyle: "none", padding: 0, margin: 0 },
  meeting: { breakInside: "avoid-page", marginBottom: tokens.spacingVerticalM },
  entry: {
    breakInside: "avoid",
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, "@media print": { color: "black" } },
});

interface Props {
  readonly childId: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/**
 * A child's timeline, or a date range of it, as a clean page to print or save as PDF for a review
 * meeting or a records request: everything in full (nothing folded), oldest first as a record is
 * read, grouped by meeting, with the range and when it was printed.
 */
export function TimelinePrintPage({ childId, from, to }: Props) {
  const styles = useStyles();
  const { directory, clock, documents } = useServices();
  const { zone, locale } = useDateFormat();
  const [range, setRange] = useState({ from: from ?? "", to: to ?? "" });
  const [childState, retryChild] = useAsync(
    async () => (await directory.children()).find((c) => c.id === childId),
    [directory, childId],
  );
  const [timeline, retry] = useTimeline(childId);
  const filter = useMemo(
    () => ({ ...NO_FILTER, from: dayStart(from ?? "", zone), to: dayEnd(to ?? "", zone) }),
    [from, to, zone],
  );
  const groups = useMemo(
    () => (timeline.status === "ready" ? recordOrder(timeline.entries, filter) : []),
    [timeline, filter],
  );
  // The file is named by the child's opaque id, not their name: downloads folders are not private.
  const save = useAction(async (childName: string, yearGroup: string) => {
    if (timeline.status !== "ready") return;
    const doc = timelineDocument({
      childName,
      yearGroup,
      entries: timeline.entries,
      filter,
      printedAt: clock.now(),
      zone,
      locale,
    });
    const bytes = await documents.docx(doc);
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_TYPE }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `timeline-${childId}${from ? `-from-${from}` : ""}${to ? `-to-${to}` : ""}.docx`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });

  return (
    <AsyncView state={childState} retry={retryChild} loadingLabel={staffText("children.child.loading")}>
      {(child) => (
        <>
          <div className={styles.controls}>
            <Link href={routes.child(childId)}>{staffText("children.print.back")}</Link>
            <Field label={staffText("children.filter.from")}>
              <Input
                type="date"
                value={range.from}
                onChange={(_, d) => setRange({ ...range, from: d.value })}
              />
            </Field>
            <Field label={staffText("children.filter.to")}>
              <Input type="date" value={range.to} onChange={(_, d) => setRange({ ...range, to: d.value })} />
            </Field>
            <Button onClick={() => (window.location.hash = routes.timelinePrint(childId, range))}>
              {staffText("children.print.show")}
            </Button>
            <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
              {staffText("children.print.print")}
            </Button>
            <Button
              icon={<DocumentArrowDownRegular />}
              disabled={save.busy || timeline.status !== "ready"}
              onClick={() => void save.run(child?.name ?? childId, child?.yearGroup ?? "")}
            >
              {staffText(save.busy ? "children.print.saving" : "children.print.save")}
            </Button>
            {save.error !== undefined && (
              <Text role="alert">
                {staffText("children.print.notMade", { error: errorText(save.error) })}
              </Text>
            )}
          </div>
          <article className={styles.page} aria-labelledby="print-heading">
            <h2 id="print-heading">
              {staffText("children.print.heading", { name: child?.name ?? childId })}
            </h2>
            <Text as="p" className={styles.meta}>
              {child ? `${child.yearGroup}. ` : ""}
              {from || to
                ? staffText("children.print.range", {
                    from: from
                      ? formatLongDate(dayStart(from, zone) ?? 0, zone, locale, true)
                      : staffText("children.print.start"),
                    to: to
                      ? formatLongDate(dayStart(to, zone) ?? 0, zone, locale, true)
                      : staffText("children.print.today"),
                  })
                : staffText("children.print.every")}{" "}
              {staffText("children.print.printed", { when: formatStamp(clock.now(), zone, locale) })}
            </Text>
            {timeline.status === "loading" && <Spinner label={staffText("children.timeline.loading")} />}
            {timeline.status === "error" && (
              <div role="alert">
                <Text>{staffText("children.timeline.unreadable", { error: errorText(timeline.error) })}</Text>{" "}
                <Button onClick={retry}>{staffText("shell.tryAgain")}</Button>
              </div>
            )}
            {timeline.status === "ready" && groups.length === 0 && (
              <Text as="p">{staffText("children.print.none")}</Text>
            )}
            {groups.map((group) => (
              <section key={group.key} className={styles.meeting}>
                {group.meeting && (
                  <h3>{staffText("children.print.meeting", { count: group.entries.length })}</h3>
                )}
                <ol className={styles.list}>
                  {group.entries.map((e) => (
                    <li key={e.id} className={styles.entry}>
                      <Text weight="semibold">{kindLook(e.kind).label}</Text>{" "}
                      <Text className={styles.meta}>
                        {formatStamp(e.at, zone, locale)}
                        {e.author ? staffText("children.print.by", { author: e.author }) : ""}
                      </Text>
                      <p className={styles.text}>{e.summary}</p>
                      {e.details && e.details !== e.summary && <p className={styles.text}>{e.details}</p>}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </article>
        </>
      )}
    </AsyncView>
  );
}
