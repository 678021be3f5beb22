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
import { findTimes } from "../../domain/meetings/findTimes";
import { MEETING_TYPES, type MeetingTypeId } from "../../domain/meetings/meetingTypes";
import type { AppointmentItem } from "../../domain/ports/mail-item";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { SchoolCalendar } from "../../domain/scheduling/request";
import type { Carer, Child, Room, StaffMember } from "../../domain/school/people";
import { formatSlot } from "../../domain/time/format";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { suggestedStaff } from "../find-times/familyPrefill";
import type { Invitation } from "../find-times/findTimesForm";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { meetingSlotOf, type PaneChoices, paneDraft, paneSearch } from "./appointmentSearch";
import { fillFailureText, mailItemErrorText } from "./outlookWords";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM },
  staff: { display: "grid", margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3 },
});

interface Facts {
  readonly linkedChild: Child | undefined;
  readonly tagError: string | undefined;
  readonly children: readonly Child[];
  readonly staff: readonly StaffMember[];
  readonly rooms: readonly Room[];
  readonly school: SchoolCalendar | undefined;
}

/** The pane on an appointment the member of staff organises: link it to a child, find a time, fill it in. */
export function AppointmentPane({ item }: { item: AppointmentItem }) {
  const { directory, schoolSettings } = useServices();
  const [state, retry] = useAsync<Facts>(async () => {
    const [tag, children, staff, rooms, school] = await Promise.all([
      item.readTag(),
      directory.children(),
      directory.staff(),
      directory.rooms(),
      schoolSettings.calendar(),
    ]);
    const linked = tag.ok && tag.value ? children.find((c) => c.id === tag.value?.childId) : undefined;
    return {
      linkedChild: linked,
      tagError: tag.ok ? undefined : mailItemErrorText(tag.error),
      children,
      staff,
      rooms,
      school,
    };
  }, [item, directory, schoolSettings]);
  return (
    <AsyncView state={state} retry={retry} loadingLabel="Reading the appointment…">
      {(facts) => <Appointment item={item} facts={facts} />}
    </AsyncView>
  );
}

function Appointment({ item, facts }: { item: AppointmentItem; facts: Facts }) {
  const styles = useStyles();
  const { directory, freeBusy, clock, outlook, offers } = useServices();
  const { zone, locale } = useDateFormat();
  const [changing, setChanging] = useState(!facts.linkedChild);
  const [childId, setChildId] = useState(facts.linkedChild?.id ?? "");
  const [typeId, setTypeId] = useState<MeetingTypeId>("supportPlanReview");
  const [format, setFormat] = useState<MeetingFormat>("inPerson");
  const [staff, setStaff] = useState<Record<string, Invitation>>({});
  const [carers, setCarers] = useState<readonly Carer[]>([]);
  const [chosen, setChosen] = useState<number>();
  const [done, setDone] = useState<string>();
  const [fillProblem, setFillProblem] = useState<string>();
  const child = facts.children.find((c) => c.id === childId);
  const school = facts.school;

  const pickChild = useAction(
    async (id: string) => ({ id, carers: id ? await directory.carers(id) : [] }),
    ({ id, carers: found }) => {
      setCarers(found);
      setStaff(
        suggestedStaff(
          typeId,
          facts.children.find((c) => c.id === id),
          facts.staff,
        ),
      );
    },
  );
  const choices: PaneChoices = { childId, typeId, staff, format };
  const [found, setFound] = useState<Awaited<ReturnType<typeof runSearch>>>();
  async function runSearch() {
    if (!school) throw new Error("The school's term dates are not set yet.");
    const checked = paneSearch(choices, { ...facts, school, carers, now: clock.now() });
    if (!checked.ok)
      return { problems: Object.values(checked.problems), input: undefined, outcome: undefined };
    const outcome = await findTimes({ freeBusy, clock }, checked.input);
    return { problems: [] as string[], input: checked.input, outcome };
  }
  const find = useAction(runSearch, (r) => {
    setFound(r);
    setChosen(undefined);
  });
  const slots = found?.outcome?.result.kind === "found" ? found.outcome.result.slots : [];
  const book = useAction(
    async (index: number) => {
      const slot = slots[index];
      if (!slot || !found?.input) throw new Error("Choose a time first.");
      const meetingSlot = meetingSlotOf(slot);
      const outcome = await outlook.fillAppointment(item, {
        draft: paneDraft(choices, found.input, carers, child, [meetingSlot]),
        slot: meetingSlot,
      });
      return { outcome, slot: meetingSlot, online: found.input.meeting.format !== "inPerson" };
    },
    ({ outcome, slot, online }) => {
      if (!outcome.ok) {
        setFillProblem(fillFailureText(outcome));
        return;
      }
      setFillProblem(undefined);
      setDone(
        `The appointment is filled in for ${formatSlot(slot.start, slot.end, zone, locale)}${slot.roomName ? `, ${slot.roomName}` : ""}: private, with a neutral title. ${online ? "Press Teams meeting in the ribbon to add the online link, then " : ""}Press Send to invite everyone.`,
      );
      setChanging(false);
    },
  );
  const offer = useAction(
    async () => {
      if (!found?.input) throw new Error("Find times first.");
      const offered = slots.slice(0, 3).map(meetingSlotOf);
      await offers.send(paneDraft(choices, found.input, carers, child, offered));
      return offered.length;
    },
    (n) =>
      setDone(
        `${n} times were offered to ${child?.name ?? "the child"}'s family by email, and held in your calendar. Their reply shows under Meetings, and here when you open it; book from there. This appointment is not needed: close it without saving.`,
      ),
  );
  const failure = book.busy ? undefined : (fillProblem ?? lastFailure(book));

  if (!changing && facts.linkedChild) {
    return (
      <section aria-label="This appointment" className={styles.form}>
        <Text as="h2" size={400} weight="semibold">
          Meeting about {facts.linkedChild.name}
        </Text>
        {done ? (
          <MessageBar intent="success" role="status" layout="multiline">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        ) : (
          <Text>Common Ground arranged this appointment for {facts.linkedChild.name}'s family.</Text>
        )}
        <Link href={routes.child(facts.linkedChild.id)}>Open {facts.linkedChild.name}'s record</Link>
        <Button onClick={() => setChanging(true)}>Choose another time</Button>
      </section>
    );
  }

  return (
    <section aria-label="Arrange a family meeting" className={styles.form}>
      <Text as="h2" size={400} weight="semibold">
        Arrange a family meeting
      </Text>
      {done && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {facts.tagError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Could not read whether this appointment is linked: {facts.tagError}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Child">
        <Select
          value={childId}
          onChange={(_, d) => {
            setChildId(d.value);
            setFound(undefined);
            void pickChild.run(d.value);
          }}
        >
          <option value="">Choose a child</option>
          {facts.children.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.yearGroup})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Kind of meeting">
        <Select
          value={typeId}
          onChange={(_, d) => {
            const next = d.value as MeetingTypeId;
            setTypeId(next);
            setStaff(suggestedStaff(next, child, facts.staff));
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
        <legend className={styles.legend}>Staff who must be there</legend>
        {facts.staff.map((s) => (
          <Checkbox
            key={s.id}
            label={`${s.name}, ${s.jobTitle}`}
            checked={staff[s.email] === "required"}
            onChange={(_, d) => setStaff((now) => ({ ...now, [s.email]: d.checked ? "required" : "no" }))}
          />
        ))}
      </fieldset>
      <Field label="How it is held">
        <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as MeetingFormat)}>
          <Radio value="inPerson" label="In person" />
          <Radio value="online" label="Online (Teams)" />
          <Radio value="hybrid" label="Hybrid" />
        </RadioGroup>
      </Field>
      <Button appearance="primary" disabled={find.busy || pickChild.busy} onClick={() => void find.run()}>
        Find times
      </Button>
      {find.busy && <Loading label="Checking calendars and rooms…" />}
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
        <Field label="Times everyone is free">
          <RadioGroup
            value={chosen === undefined ? "" : String(chosen)}
            onChange={(_, d) => setChosen(Number(d.value))}
          >
            {slots.map((s, i) => (
              <Radio
                key={s.start}
                value={String(i)}
                label={`${formatSlot(s.start, s.end, zone, locale)}${s.room ? `, ${s.room.name}` : ""}`}
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
          Put this time in the appointment
        </Button>
      )}
      {slots.length > 1 && (
        <Button disabled={offer.busy || book.busy || done !== undefined} onClick={() => void offer.run()}>
          Let the family choose: offer the first {Math.min(3, slots.length)} times
        </Button>
      )}
      {offer.busy && <Loading label="Sending the offer…" />}
      {offer.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {errorText(offer.error, zone)} Press the button again: nothing is sent twice.
          </MessageBarBody>
        </MessageBar>
      )}
      {book.busy && <Loading label="Filling in the appointment…" />}
      {failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The action's error or the fill's own failure, in words. */
function lastFailure(book: { error: unknown }): string | undefined {
  return book.error === undefined ? undefined : errorText(book.error);
}
