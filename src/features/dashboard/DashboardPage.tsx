import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DashboardView, TransitionStage } from "../../domain/dashboard/dashboard";
import type { DashboardScope } from "../../domain/dashboard/scope";
import { isMeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import { formatLongDate, formatShortDate, formatSlot, formatStamp } from "../../domain/time/format";
import { localDateFromIso } from "../../domain/time/localDate";
import { AsyncView } from "../AsyncView";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    // Never wider than the page: one column in a 320-pixel window (400% zoom) without scrolling sideways.
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 320px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  card: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  row: { display: "grid", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  h3: { marginTop: 0, fontSize: tokens.fontSizeBase400 },
});

const STAGES: Record<TransitionStage, string> = {
  nurseryToPrimary: "Nursery to primary",
  primaryToSecondary: "Primary to secondary",
  leaving: "Leaving school",
};

const typeLabel = (id: string) => (isMeetingTypeId(id) ? meetingType(id).label : "Meeting");

function scopeTitle(scope: DashboardScope, view: DashboardView | undefined): string {
  switch (scope.kind) {
    case "caseload":
      return "Whole caseload";
    case "year":
      return `Year group ${scope.yearGroup}`;
    case "child":
      return view?.children.get(scope.childId)?.name ?? "One child";
  }
}

function Section(props: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-labelledby={props.id}>
      <h3 id={props.id} className={styles.h3}>
        {props.title} ({props.count})
      </h3>
      {props.count === 0 ? <Text className={styles.muted}>{props.empty}</Text> : props.children}
    </section>
  );
}

/**
 * The pastoral team's dashboard for one scope (the caseload, a year group, a child): what needs
 * doing, each row linking to where it is done.
 */
export function DashboardPage({ scope }: { scope: DashboardScope }) {
  const { dashboard } = useServices();
  const styles = useStyles();
  const { zone, locale } = useDateFormat();
  const [state, retry] = useAsync(() => dashboard.load(scope), [dashboard, scope.kind, scopeKey(scope)]);
  return (
    <section aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">Dashboard</h2>
      <AsyncView state={state} retry={retry} loadingLabel="Loading the dashboard…">
        {(view) => {
          const name = (id: string) => view.children.get(id)?.name ?? id;
          return (
            <>
              <Text as="p">
                {scopeTitle(scope, view)}: {view.children.size}{" "}
                {view.children.size === 1 ? "child" : "children"}.{" "}
                {scope.kind !== "caseload" && <Link href={routes.dashboard()}>Whole caseload</Link>}
              </Text>
              <div className={styles.grid}>
                <Section
                  id="dash-reviews"
                  title="Reviews due"
                  count={view.reviewsDue.length}
                  empty="Every child has had a review in time."
                >
                  <Text as="p" size={200} className={styles.muted}>
                    A review is due when the last was more than {view.reviewEveryDays} days ago.
                  </Text>
                  <ul className={styles.list}>
                    {view.reviewsDue.map((a) => (
                      <li key={a.child.id} className={styles.row}>
                        <Link href={routes.child(a.child.id)}>{a.child.name}</Link>
                        <Text size={200}>
                          {a.daysSinceReview === undefined
                            ? "No review on record."
                            : `Last review ${a.daysSinceReview} days ago.`}{" "}
                          <Link href={routes.findTimes(a.child.id)}>Find times for a review</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-offers"
                  title="Open offers"
                  count={view.openOffers.length}
                  empty="No family is waiting on an offer."
                >
                  <ul className={styles.list}>
                    {view.openOffers.map((o) => (
                      <li key={o.meetingId} className={styles.row}>
                        <Link href={routes.child(o.childId)}>{name(o.childId)}</Link>
                        <Text size={200}>
                          {typeLabel(o.typeId)}: waiting {o.waitingDays}{" "}
                          {o.waitingDays === 1 ? "day" : "days"} since {formatLongDate(o.since, zone, locale)}
                          . <Link href={routes.meetings()}>See the offer</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-week"
                  title="Meetings this week"
                  count={view.thisWeek.length}
                  empty="No meetings booked this week."
                >
                  <ul className={styles.list}>
                    {view.thisWeek.map((m) => (
                      <li key={m.meetingId} className={styles.row}>
                        <Link href={routes.child(m.childId)}>{name(m.childId)}</Link>
                        <Text size={200}>
                          {typeLabel(m.typeId)}, {formatSlot(m.start, m.end, zone, locale)}
                          {m.roomName ? `, ${m.roomName}` : ""}.{" "}
                          <Link href={routes.meetings()}>Open the meeting</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-actions"
                  title="Overdue actions"
                  count={view.overdueActions.reduce((n, o) => n + o.actions.length, 0)}
                  empty="No action from a meeting summary is overdue."
                >
                  <Text as="p" size={200} className={styles.muted}>
                    Actions agreed in meeting summaries, not marked done, due before today.{" "}
                    <Link href={routes.myActions()}>My actions</Link>
                  </Text>
                  {view.overdueActions.map((o) => (
                    <div key={o.owner}>
                      <Text weight="semibold">{o.owner}</Text>
                      <ul className={styles.list} aria-label={`Overdue actions for ${o.owner}`}>
                        {o.actions.map((a) => (
                          <li key={`${a.meetingId}:${a.actionId}`} className={styles.row}>
                            <Link href={routes.summary(a.meetingId)}>{a.text}</Link>
                            <Text size={200}>
                              {name(a.childId)}, due {formatShortDate(localDateFromIso(a.due), locale)}
                            </Text>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </Section>
                <Section
                  id="dash-adjustments"
                  title="Adjustments to arrange"
                  count={view.adjustments.length}
                  empty="Nothing asked for meetings ahead is waiting to be arranged."
                >
                  <ul className={styles.list}>
                    {view.adjustments.map((a) => (
                      <li key={`${a.meetingId}:${a.followUpId}`} className={styles.row}>
                        <Text>{a.request}</Text>
                        <Text size={200}>
                          For <Link href={routes.child(a.childId)}>{name(a.childId)}</Link>'s meeting on{" "}
                          {formatStamp(a.start, zone, locale)}; asked by {a.askedBy}.{" "}
                          <Link href={routes.meetings()}>Arrange it on the meeting</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-transitions"
                  title="Transitions without a planning meeting"
                  count={view.transitions.length}
                  empty="Every child at a transition has a planning meeting this session."
                >
                  <ul className={styles.list}>
                    {view.transitions.map((t) => (
                      <li key={t.child.id} className={styles.row}>
                        <Link href={routes.child(t.child.id)}>{t.child.name}</Link>
                        <Text size={200}>
                          {STAGES[t.stage]} ({t.child.yearGroup}).{" "}
                          <Link href={routes.findTimes(t.child.id)}>Find times for transition planning</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
              </div>
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}

function scopeKey(scope: DashboardScope): string {
  return scope.kind === "year" ? scope.yearGroup : scope.kind === "child" ? scope.childId : "";
}
