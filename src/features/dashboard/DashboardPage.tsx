import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DashboardView, TransitionStage } from "../../domain/dashboard/dashboard";
import type { DashboardScope } from "../../domain/dashboard/scope";
import { staffText } from "../../domain/i18n/staffMessages";
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

const stage = (s: TransitionStage) => staffText(`dashboard.stage.${s}`);

const typeLabel = (id: string) =>
  isMeetingTypeId(id) ? meetingType(id).label : staffText("dashboard.meeting");

function scopeTitle(scope: DashboardScope, view: DashboardView | undefined): string {
  switch (scope.kind) {
    case "caseload":
      return staffText("dashboard.scope.caseload");
    case "year":
      return staffText("dashboard.scope.year", { yearGroup: scope.yearGroup });
    case "child":
      return view?.children.get(scope.childId)?.name ?? staffText("dashboard.scope.child");
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
      <h2 id="dashboard-heading">{staffText("dashboard.heading")}</h2>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("dashboard.loading")}>
        {(view) => {
          const name = (id: string) => view.children.get(id)?.name ?? id;
          return (
            <>
              <Text as="p">
                {staffText("dashboard.children", {
                  scope: scopeTitle(scope, view),
                  count: view.children.size,
                })}{" "}
                {scope.kind !== "caseload" && (
                  <Link href={routes.dashboard()}>{staffText("dashboard.scope.caseload")}</Link>
                )}
              </Text>
              <div className={styles.grid}>
                <Section
                  id="dash-reviews"
                  title={staffText("dashboard.reviews.title")}
                  count={view.reviewsDue.length}
                  empty={staffText("dashboard.reviews.empty")}
                >
                  <Text as="p" size={200} className={styles.muted}>
                    {staffText("dashboard.reviews.rule", { days: view.reviewEveryDays })}
                  </Text>
                  <ul className={styles.list}>
                    {view.reviewsDue.map((a) => (
                      <li key={a.child.id} className={styles.row}>
                        <Link href={routes.child(a.child.id)}>{a.child.name}</Link>
                        <Text size={200}>
                          {a.daysSinceReview === undefined
                            ? staffText("dashboard.reviews.none")
                            : staffText("dashboard.reviews.last", { days: a.daysSinceReview })}{" "}
                          <Link href={routes.findTimes(a.child.id)}>
                            {staffText("dashboard.reviews.find")}
                          </Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-offers"
                  title={staffText("dashboard.offers.title")}
                  count={view.openOffers.length}
                  empty={staffText("dashboard.offers.empty")}
                >
                  <ul className={styles.list}>
                    {view.openOffers.map((o) => (
                      <li key={o.meetingId} className={styles.row}>
                        <Link href={routes.child(o.childId)}>{name(o.childId)}</Link>
                        <Text size={200}>
                          {staffText("dashboard.offers.waiting", {
                            type: typeLabel(o.typeId),
                            days: o.waitingDays,
                            since: formatLongDate(o.since, zone, locale),
                          })}{" "}
                          <Link href={routes.meetings()}>{staffText("dashboard.offers.see")}</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-week"
                  title={staffText("dashboard.week.title")}
                  count={view.thisWeek.length}
                  empty={staffText("dashboard.week.empty")}
                >
                  <ul className={styles.list}>
                    {view.thisWeek.map((m) => (
                      <li key={m.meetingId} className={styles.row}>
                        <Link href={routes.child(m.childId)}>{name(m.childId)}</Link>
                        <Text size={200}>
                          {staffText(m.roomName ? "dashboard.week.meetingInRoom" : "dashboard.week.meeting", {
                            type: typeLabel(m.typeId),
                            when: formatSlot(m.start, m.end, zone, locale),
                            room: m.roomName ?? "",
                          })}{" "}
                          <Link href={routes.meetings()}>{staffText("dashboard.week.open")}</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-actions"
                  title={staffText("dashboard.actions.title")}
                  count={view.overdueActions.reduce((n, o) => n + o.actions.length, 0)}
                  empty={staffText("dashboard.actions.empty")}
                >
                  <Text as="p" size={200} className={styles.muted}>
                    {staffText("dashboard.actions.rule")}{" "}
                    <Link href={routes.myActions()}>{staffText("dashboard.actions.mine")}</Link>
                  </Text>
                  {view.overdueActions.map((o) => (
                    <div key={o.owner}>
                      <Text weight="semibold">{o.owner}</Text>
                      <ul
                        className={styles.list}
                        aria-label={staffText("dashboard.actions.list", { owner: o.owner })}
                      >
                        {o.actions.map((a) => (
                          <li key={`${a.meetingId}:${a.actionId}`} className={styles.row}>
                            <Link href={routes.summary(a.meetingId)}>{a.text}</Link>
                            <Text size={200}>
                              {staffText("dashboard.actions.due", {
                                child: name(a.childId),
                                date: formatShortDate(localDateFromIso(a.due), locale),
                              })}
                            </Text>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </Section>
                <Section
                  id="dash-adjustments"
                  title={staffText("dashboard.adjustments.title")}
                  count={view.adjustments.length}
                  empty={staffText("dashboard.adjustments.empty")}
                >
                  <ul className={styles.list}>
                    {view.adjustments.map((a) => (
                      <li key={`${a.meetingId}:${a.followUpId}`} className={styles.row}>
                        <Text>{a.request}</Text>
                        <Text size={200}>
                          {staffText("dashboard.adjustments.for")}{" "}
                          <Link href={routes.child(a.childId)}>{name(a.childId)}</Link>
                          {staffText("dashboard.adjustments.meetingOn", {
                            when: formatStamp(a.start, zone, locale),
                            askedBy: a.askedBy,
                          })}{" "}
                          <Link href={routes.meetings()}>{staffText("dashboard.adjustments.arrange")}</Link>
                        </Text>
                      </li>
                    ))}
                  </ul>
                </Section>
                <Section
                  id="dash-transitions"
                  title={staffText("dashboard.transitions.title")}
                  count={view.transitions.length}
                  empty={staffText("dashboard.transitions.empty")}
                >
                  <ul className={styles.list}>
                    {view.transitions.map((t) => (
                      <li key={t.child.id} className={styles.row}>
                        <Link href={routes.child(t.child.id)}>{t.child.name}</Link>
                        <Text size={200}>
                          {stage(t.stage)} ({t.child.yearGroup}).{" "}
                          <Link href={routes.findTimes(t.child.id)}>
                            {staffText("dashboard.transitions.find")}
                          </Link>
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
