import {
  Button,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { type StaffKey, staffText } from "../../domain/i18n/staffMessages";
import { isMeetingTypeId, MEETING_TYPES } from "../../domain/meetings/meetingTypes";
import type { AppointmentItem } from "../../domain/ports/mail-item";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { suggestedStaff } from "../find-times/familyPrefill";
import { routes } from "../routes";
import { useServices } from "../services";
import { SummaryPage } from "../summary/SummaryPage";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { mailItemErrorText, slotText } from "./outlookWords";
import { SupporterFields } from "./SupporterFields";
import { type AppointmentFacts, useAppointmentPlanner } from "./useAppointmentPlanner";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM },
  staff: { display: "grid", margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3 },
});

const FORMATS: readonly MeetingFormat[] = ["inPerson", "online", "hybrid"];

/** The pane on an appointment the member of staff organises: link it to a child, find a time, fill it in. */
export function AppointmentPane({ item }: { item: AppointmentItem }) {
  const { directory, schoolSettings, outlook } = useServices();
  const [state, retry] = useAsync<AppointmentFacts>(async () => {
    const [tag, children, staff, rooms, school] = await Promise.all([
      item.readTag(),
      directory.children(),
      directory.staff(),
      directory.rooms(),
      schoolSettings.calendar(),
    ]);
    const linked = tag.ok && tag.value ? children.find((c) => c.id === tag.value?.childId) : undefined;
    const meetingId = tag.ok ? tag.value?.meetingId : undefined;
    const meeting = linked && meetingId ? await outlook.linkedMeeting(meetingId) : undefined;
    return {
      linkedChild: linked,
      linkedMeeting: meeting?.meeting.childId === linked?.id ? meeting : undefined,
      tagError: tag.ok ? undefined : mailItemErrorText(tag.error),
      children,
      staff,
      rooms,
      school,
    };
  }, [item, directory, schoolSettings, outlook]);
  return (
    <AsyncView state={state} retry={retry} loadingLabel={staffText("outlook.appointment.loading")}>
      {(facts) => <Appointment item={item} facts={facts} />}
    </AsyncView>
  );
}

function Appointment({ item, facts }: { item: AppointmentItem; facts: AppointmentFacts }) {
  const styles = useStyles();
  const { zone, locale } = useDateFormat();
  const p = useAppointmentPlanner(item, facts);
  // The summary composer opens here, in the pane, for the meeting this appointment is.
  const [writing, setWriting] = useState(false);
  const { child, choices, found, slots, chosen, book, offer, find, pickChild, done, failure } = p;
  const { childId, typeId, format, staff } = choices;
  const linked = p.linkedChild;
  const booking = p.linkedMeeting?.meeting.booking;
  const status = p.linkedMeeting?.meeting.status;
  const meetingId = p.linkedMeeting?.id;
  if (!p.changing && linked && writing && meetingId) {
    return (
      <section aria-label={staffText("outlook.summary.write")} className={styles.form}>
        <Button onClick={() => setWriting(false)}>{staffText("outlook.summary.back")}</Button>
        <SummaryPage meetingId={meetingId} />
      </section>
    );
  }
  if (!p.changing && linked) {
    return (
      <section aria-label={staffText("outlook.appointment.section")} className={styles.form}>
        <Text as="h2" size={400} weight="semibold">
          {staffText("outlook.appointment.heading", { child: linked.name })}
        </Text>
        {done ? (
          <MessageBar intent="success" role="status" layout="multiline">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        ) : (
          <Text>{staffText("outlook.appointment.arranged", { child: linked.name })}</Text>
        )}
        {booking ? (
          <Text>
            {staffText("outlook.appointment.booked", {
              booked: status === "booked" ? "yes" : "no",
              when: slotText(booking.slot.start, booking.slot.end, booking.slot.roomName, zone, locale),
            })}
          </Text>
        ) : (
          <Text>{staffText("outlook.appointment.noRecord")}</Text>
        )}
        {meetingId && (status === "booked" || status === "held") && (
          <Button appearance="primary" onClick={() => setWriting(true)}>
            {staffText("outlook.summary.write")}
          </Button>
        )}
        <Link href={routes.child(linked.id)}>
          {staffText("outlook.appointment.openChild", { child: linked.name })}
        </Link>
        <Button
          onClick={() => {
            p.setChanging(true);
            // The family and the usual staff are read afresh for the new search.
            void pickChild.run(childId);
          }}
        >
          {staffText("outlook.appointment.change")}
        </Button>
      </section>
    );
  }

  return (
    <section aria-label={staffText("outlook.arrange.heading")} className={styles.form}>
      <Text as="h2" size={400} weight="semibold">
        {staffText("outlook.arrange.heading")}
      </Text>
      {done && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {facts.tagError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{staffText("outlook.arrange.tagError", { why: facts.tagError })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={staffText("outlook.child.label")}>
        <Select
          value={childId}
          onChange={(_, d) => {
            p.setChildId(d.value);
            p.setFound(undefined);
            void pickChild.run(d.value);
          }}
        >
          <option value="">{staffText("outlook.child.choose")}</option>
          {facts.children.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.yearGroup})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={staffText("outlook.arrange.type")}>
        <Select
          value={typeId}
          onChange={(_, d) => {
            if (!isMeetingTypeId(d.value)) return;
            const next = d.value;
            p.setTypeId(next);
            p.setFound(undefined);
            p.setStaff(suggestedStaff(next, child, facts.staff));
          }}
        >
          {MEETING_TYPES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.staff}>
        <legend className={styles.legend}>{staffText("outlook.arrange.staff")}</legend>
        {facts.staff.map((s) => (
          <Checkbox
            key={s.id}
            label={`${s.name}, ${s.jobTitle}`}
            checked={staff[s.email] === "required"}
            onChange={(_, d) => {
              p.setStaff((now) => ({ ...now, [s.email]: d.checked ? "required" : "no" }));
              p.setFound(undefined);
            }}
          />
        ))}
      </fieldset>
      <SupporterFields value={p.supporter} onChange={p.setSupporter} />
      <Field label={staffText("outlook.arrange.format")}>
        <RadioGroup
          value={format}
          onChange={(_, d) => {
            const next = FORMATS.find((f) => f === d.value);
            if (!next) return;
            p.setFormat(next);
            p.setFound(undefined);
          }}
        >
          {FORMATS.map((f) => (
            <Radio key={f} value={f} label={staffText(`outlook.arrange.format.${f}` satisfies StaffKey)} />
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" disabled={find.busy || pickChild.busy} onClick={() => void find.run()}>
        {staffText("outlook.arrange.find")}
      </Button>
      {find.busy && <Loading label={staffText("outlook.arrange.finding")} />}
      {find.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(find.error, zone)}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.problems.length > 0 && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{found.problems.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {found?.outcome?.result.kind === "none" && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{found.outcome.result.explanation}</MessageBarBody>
        </MessageBar>
      )}
      {slots.length > 0 && (
        <Field label={staffText("outlook.arrange.times")}>
          <RadioGroup
            value={chosen === undefined ? "" : String(chosen)}
            onChange={(_, d) => p.setChosen(Number(d.value))}
          >
            {slots.map((s, i) => (
              <Radio
                key={s.start}
                value={String(i)}
                label={slotText(s.start, s.end, s.room?.name, zone, locale)}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {slots.length > 0 && (
        <Button
          appearance="primary"
          disabled={chosen === undefined || book.busy}
          onClick={() => chosen !== undefined && void book.run(chosen)}
        >
          {staffText("outlook.arrange.book")}
        </Button>
      )}
      {slots.length > 1 && (
        <Button disabled={offer.busy || book.busy || done !== undefined} onClick={() => void offer.run()}>
          {staffText("outlook.arrange.offer", { count: Math.min(3, slots.length) })}
        </Button>
      )}
      {offer.busy && <Loading label={staffText("outlook.arrange.offering")} />}
      {offer.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {errorText(offer.error, zone)} {staffText("outlook.arrange.offerRetry")}
          </MessageBarBody>
        </MessageBar>
      )}
      {book.busy && <Loading label={staffText("outlook.arrange.filling")} />}
      {failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
