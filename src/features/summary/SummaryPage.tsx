import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { childNameOf } from "../../domain/privacy/privacyGuard";
import { SECTION_KEYS, type SummaryDraft } from "../../domain/summaries/summary";
import type { OpenedSummary } from "../../domain/summaries/summaryActions";
import { checkSummary, mustFix } from "../../domain/summaries/summaryChecks";
import { formatSlot, formatTime } from "../../domain/time/format";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { ActionsFields } from "./ActionsFields";
import { FamilyAnswers } from "./FamilyAnswers";
import { SaveStatus } from "./SaveStatus";
import { findingText, SECTION_WORDS } from "./summaryWords";
import { useAutosave } from "./useAutosave";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalL, maxWidth: "60rem" },
  people: { display: "grid", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Write, save and send the summary of one meeting (or a correction of one sent). */
export function SummaryPage({ meetingId }: { meetingId: string }) {
  const { summaries } = useServices();
  const [state, retry] = useAsync(() => summaries.open(meetingId), [summaries, meetingId]);
  return (
    <section aria-labelledby="summary-heading">
      <Link href={routes.meetings()}>Meetings</Link>
      <AsyncView state={state} retry={retry} loadingLabel="Opening the summary…">
        {(opened) => <Composer opened={opened} />}
      </AsyncView>
    </section>
  );
}

function Composer({ opened }: { opened: OpenedSummary }) {
  const { summaries, random } = useServices();
  const { zone, locale } = useDateFormat();
  const styles = useStyles();
  const auto = useAutosave(summaries, opened);
  const { draft, change } = auto;
  const m = opened.stored.meeting;
  const slot = m.booking?.slot ?? m.replacing?.slot;
  const correction = opened.version > 1;
  const [sent, setSent] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  const findings = useMemo(
    () => checkSummary(draft, childNameOf(opened.childName), { subject: draft.subject, correction }),
    [draft, opened.childName, correction],
  );
  const toFix = findings.filter(mustFix);
  const toConfirm = findings.filter((f) => !mustFix(f));
  const send = useAction(
    (d: SummaryDraft) => summaries.send(opened.stored.id, d, opened.version),
    () =>
      setSent(
        `Version ${opened.version} was sent to each household, filed in the child's record, and its actions added to the timeline.`,
      ),
  );
  const set = (c: Partial<SummaryDraft>) => change({ ...draft, ...c });
  const actionName = (id: string) => {
    const i = draft.actions.findIndex((a) => a.id === id);
    return `${i + 1}${draft.actions[i]?.what ? ` (“${draft.actions[i]?.what}”)` : ""}`;
  };
  const newId = () => `a${Math.floor(random() * 36 ** 6).toString(36)}`;
  return (
    <div className={styles.stack}>
      <h2 id="summary-heading">
        {correction ? `Correct the summary (version ${opened.version})` : "Write the meeting summary"}
      </h2>
      <Text>
        {opened.childName}
        {slot ? `: ${formatSlot(slot.start, slot.end, zone, locale)}` : ""}. Each household gets it in their
        own language, with a document attached; your words are shown as you write them.
      </Text>
      <SaveStatus
        state={auto.state}
        unsaved={opened.unsaved}
        time={(at) => formatTime(at, zone, locale)}
        onTheirs={auto.takeTheirs}
        onMine={auto.keepMine}
        onBoth={auto.keepBoth}
        mine={draft}
      />
      {correction && (
        <Field label="What changed since the last version" required hint="The family sees this at the top.">
          <Textarea value={draft.changes} onChange={(_, d) => set({ changes: d.value })} />
        </Field>
      )}
      <fieldset className={styles.people}>
        <legend>Who came</legend>
        {draft.people.map((p, i) => (
          <Checkbox
            key={`${p.email}-${p.name}`}
            label={`${p.name} (${p.role})`}
            checked={p.attendance === "present"}
            onChange={(_, d) =>
              set({
                people: draft.people.map((q, j) =>
                  j === i ? { ...q, attendance: d.checked ? "present" : "apologies" } : q,
                ),
              })
            }
          />
        ))}
        <Text size={200}>Untick anyone who sent apologies.</Text>
      </fieldset>
      {SECTION_KEYS.map((key) => (
        <Field key={key} label={SECTION_WORDS[key].label} hint={SECTION_WORDS[key].hint || undefined}>
          <Textarea
            resize="vertical"
            value={draft.sections[key]}
            onChange={(_, d) => set({ sections: { ...draft.sections, [key]: d.value } })}
          />
        </Field>
      ))}
      <ActionsFields draft={draft} carers={m.carers} newId={newId} onChange={(actions) => set({ actions })} />
      <fieldset>
        <legend>The next meeting</legend>
        <RadioGroup
          value={draft.next.kind}
          onChange={(_, d) =>
            set({ next: d.value === "date" ? { kind: "date", date: "" } : { kind: "toArrange" } })
          }
        >
          <Radio value="toArrange" label="To arrange" />
          <Radio value="date" label="On a date" />
        </RadioGroup>
        {draft.next.kind === "date" && (
          <Field label="Date of the next meeting">
            <Input
              type="date"
              value={draft.next.date}
              onChange={(_, d) => set({ next: { kind: "date", date: d.value } })}
            />
          </Field>
        )}
        <Button as="a" href={routes.findTimes(m.childId, { like: opened.stored.id })}>
          Start finding times for the next meeting
        </Button>
      </fieldset>
      <Field
        label="Email subject (optional)"
        hint="Leave empty for “Notes from our meeting on …” in each family's language."
      >
        <Input value={draft.subject} onChange={(_, d) => set({ subject: d.value })} />
      </Field>
      <section aria-labelledby="checks-heading">
        <h3 id="checks-heading">Before you send</h3>
        {findings.length === 0 && <Text>Nothing to fix or confirm.</Text>}
        {toFix.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <ul>
                {toFix.map((f) => (
                  <li key={findingText(f, actionName)}>{findingText(f, actionName)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {toConfirm.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <ul>
                {toConfirm.map((f) => (
                  <li key={findingText(f, actionName)}>{findingText(f, actionName)}</li>
                ))}
              </ul>
              <Checkbox
                checked={confirmed}
                onChange={(_, d) => setConfirmed(Boolean(d.checked))}
                label="I have read these and want to send it as it is"
              />
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={
            send.busy || sent !== undefined || toFix.length > 0 || (toConfirm.length > 0 && !confirmed)
          }
          onClick={() => void send.run(draft)}
        >
          {correction ? `Send the correction (version ${opened.version})` : "Send the summary"}
        </Button>
        {send.busy && <Loading label="Sending…" />}
      </div>
      {send.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {errorText(send.error, zone)} Press Send again: nothing will be sent twice.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void send.retry()}>Send again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {(m.summary || sent) && <FamilyAnswers meetingId={opened.stored.id} />}
      {sent && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {sent} <Link href={routes.child(m.childId)}>See the timeline</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
