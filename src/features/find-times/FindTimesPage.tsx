import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import { meetingType } from "../../domain/meetings/meetingTypes";
import type { SchoolCalendar } from "../../domain/scheduling/request";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { OfferPanel } from "../offer/OfferPanel";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { FamilyFields } from "./FamilyFields";
import { problemsLeft } from "./fieldProblem";
import { fieldRefs } from "./fieldRefs";
import { MeetingFields } from "./MeetingFields";
import { SlotResults } from "./SlotResults";
import { type FindTimesContext, useFindTimes } from "./useFindTimes";
import { WeekView } from "./WeekView";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalL, maxWidth: "900px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Props {
  childId: string | undefined;
  /** A booked meeting of this child's that the new times would replace. */
  reschedule?: string | undefined;
  /** A meeting whose people, kind and format the new meeting starts from (the next meeting after a summary). */
  like?: string | undefined;
}

/** Find times that suit the family, every required adult and a suitable room — with a reason for each. */
export function FindTimesPage({ childId, reschedule, like }: Props) {
  const { directory, schoolSettings } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync<FindTimesContext>(async () => {
    const [children, staff, rooms, school] = await Promise.all([
      directory.children(),
      directory.staff(),
      directory.rooms(),
      schoolSettings.calendar(),
    ]);
    return { children, staff, rooms, school };
  }, [directory, schoolSettings]);
  const finder = useFindTimes(
    childId,
    state.status === "ready" ? state.value : undefined,
    reschedule ?? like,
  );

  return (
    <section aria-labelledby="find-heading" className={styles.stack}>
      <Link href={routes.meetings()}>{staffText("findTimes.meetings")}</Link>
      <h2 id="find-heading">{staffText("findTimes.heading")}</h2>
      {like && !reschedule && (
        <MessageBar intent="info">
          <MessageBarBody>{staffText("findTimes.like")}</MessageBarBody>
        </MessageBar>
      )}
      {reschedule && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{staffText("findTimes.reschedule")}</MessageBarBody>
        </MessageBar>
      )}
      <AsyncView state={state} retry={retry} loadingLabel={staffText("findTimes.loading")}>
        {(ctx) =>
          ctx.school ? (
            <FindTimesScreen
              ctx={ctx}
              school={ctx.school}
              finder={finder}
              // The meeting to replace is the addressed child's: times found for another child are a new offer.
              reschedule={finder.state.form.childId === childId ? reschedule : undefined}
            />
          ) : (
            <MessageBar intent="warning" role="alert" layout="multiline">
              <MessageBarBody>{staffText("findTimes.noTermDates")}</MessageBarBody>
            </MessageBar>
          )
        }
      </AsyncView>
    </section>
  );
}

interface ScreenProps {
  ctx: FindTimesContext;
  school: SchoolCalendar;
  finder: ReturnType<typeof useFindTimes>;
  reschedule: string | undefined;
}

/** The form, what the last search found, the offer and the week's calendars. */
function FindTimesScreen({ ctx, school, finder, reschedule }: ScreenProps) {
  const { zone: schoolZone, locale } = useDateFormat();
  const styles = useStyles();
  const [fields] = useState(fieldRefs);
  const { state, problems } = finder;
  const { form, search } = state;
  useEffect(() => {
    if (state.focus) fields.focus(state.focus.field);
  }, [fields, state.focus]);

  return (
    <>
      <MeetingFields
        form={form}
        problems={problems}
        fields={fields}
        childList={ctx.children}
        staff={ctx.staff}
        onChange={finder.change}
        onChild={finder.chooseChild}
        onType={finder.changeType}
      />
      {state.prefillError && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("findTimes.prefillError", { error: state.prefillError })}
          </MessageBarBody>
        </MessageBar>
      )}
      <FamilyFields form={form} problems={problems} fields={fields} onChange={finder.change} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void finder.search()}
          disabled={state.searching !== undefined}
        >
          {staffText("findTimes.search")}
        </Button>
        <Button onClick={finder.startAgain}>{staffText("findTimes.startAgain")}</Button>
        {state.searching !== undefined && <Loading label={staffText("findTimes.searching")} />}
        <Text role="status">{problemsLeft(problems)}</Text>
      </div>
      {state.searchError && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{state.searchError}</MessageBarBody>
        </MessageBar>
      )}
      {search && search.outcome.unreadable.length > 0 && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("findTimes.unreadable", { calendars: search.outcome.unreadable.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {search && (
        <SlotResults
          key={search.id}
          search={search}
          schoolZone={schoolZone}
          locale={locale}
          chosen={state.chosen}
          onToggle={finder.toggle}
        />
      )}
      {search?.outcome.result.kind === "found" && state.chosen.length > 0 && (
        <OfferPanel
          childId={search.form.childId}
          typeId={search.form.typeId}
          defaultPurpose={meetingType(search.form.typeId).purpose}
          // What the search decided (an online need makes it hybrid), not just the radio button.
          format={search.input.meeting.format}
          baseMinutes={search.input.meeting.minutes}
          allowedFor={search.form.adjustments}
          invitees={search.input.invitees.map((i) => ({
            email: i.member.email,
            name: i.member.name,
            role: i.member.jobTitle,
            required: i.required,
          }))}
          slots={search.outcome.result.slots
            .filter((s) => state.chosen.includes(s.start))
            .sort((a, b) => a.start - b.start)
            .map((s) => ({ start: s.start, end: s.end, roomEmail: s.room?.id, roomName: s.room?.name }))}
          reschedule={reschedule}
          onSent={finder.sent}
        />
      )}
      {search && state.week !== undefined && (
        <WeekView
          schedules={search.outcome.schedules}
          names={
            new Map([
              ...ctx.staff.map((s) => [s.email, s.name] as const),
              ...ctx.rooms.map((r) => [r.email, r.name] as const),
            ])
          }
          slots={search.outcome.result.kind === "found" ? search.outcome.result.slots : []}
          monday={state.week}
          zone={school.zone}
          locale={locale}
          onWeek={finder.showWeek}
        />
      )}
    </>
  );
}
