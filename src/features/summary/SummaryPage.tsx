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
import { staffText } from "../../domain/i18n/staffMessages";
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
import { findingText, sectionHint, sectionLabel } from "./summaryWords";
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
      <Link href={routes.meetings()}>{staffText("summary.back")}</Link>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("summary.opening")}>
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
    () => setSent(staffText("summary.sent", { version: opened.version })),
  );
  const set = (c: Partial<SummaryDraft>) => change({ ...draft, ...c });
  const actionName = (id: string) => {
    const i = draft.actions.findIndex((a) => a.id === id);
    const what = draft.actions[i]?.what;
    return what
      ? staffText("summary.action.nameWithWhat", { number: i + 1, what })
      : staffText("summary.action.name", { number: i + 1 });
  };
  const newId = () => `a${Math.floor(random() * 36 ** 6).toString(36)}`;
  return (
    <div className={styles.stack}>
      <h2 id="summary-heading">
        {correction
          ? staffText("summary.heading.correct", { version: opened.version })
          : staffText("summary.heading.write")}
      </h2>
      <Text>
        {slot
          ? staffText("summary.introWhen", {
              child: opened.childName,
              when: formatSlot(slot.start, slot.end, zone, locale),
            })
          : staffText("summary.intro", { child: opened.childName })}
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
        <Field label={staffText("summary.changes.label")} required hint={staffText("summary.changes.hint")}>
          <Textarea value={draft.changes} onChange={(_, d) => set({ changes: d.value })} />
        </Field>
      )}
      <fieldset className={styles.people}>
        <legend>{staffText("summary.people.legend")}</legend>
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
        <Text size={200}>{staffText("summary.people.hint")}</Text>
      </fieldset>
      {SECTION_KEYS.map((key) => (
        <Field key={key} label={sectionLabel(key)} hint={sectionHint(key)}>
          <Textarea
            resize="vertical"
            value={draft.sections[key]}
            onChange={(_, d) => set({ sections: { ...draft.sections, [key]: d.value } })}
          />
        </Field>
      ))}
      <ActionsFields draft={draft} carers={m.carers} newId={newId} onChange={(actions) => set({ actions })} />
      <fieldset>
        <legend>{staffText("summary.next.legend")}</legend>
        <RadioGroup
          value={draft.next.kind}
          onChange={(_, d) =>
            set({ next: d.value === "date" ? { kind: "date", date: "" } : { kind: "toArrange" } })
          }
        >
          <Radio value="toArrange" label={staffText("summary.next.toArrange")} />
          <Radio value="date" label={staffText("summary.next.onDate")} />
        </RadioGroup>
        {draft.next.kind === "date" && (
          <Field label={staffText("summary.next.date")}>
            <Input
              type="date"
              value={draft.next.date}
              onChange={(_, d) => set({ next: { kind: "date", date: d.value } })}
            />
          </Field>
        )}
        <Button as="a" href={routes.findTimes(m.childId, { like: opened.stored.id })}>
          {staffText("summary.next.findTimes")}
        </Button>
      </fieldset>
      <Field label={staffText("summary.subject.label")} hint={staffText("summary.subject.hint")}>
        <Input value={draft.subject} onChange={(_, d) => set({ subject: d.value })} />
      </Field>
      <section aria-labelledby="checks-heading">
        <h3 id="checks-heading">{staffText("summary.checks.heading")}</h3>
        {findings.length === 0 && <Text>{staffText("summary.checks.none")}</Text>}
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
                label={staffText("summary.checks.confirm")}
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
          {correction
            ? staffText("summary.sendCorrection", { version: opened.version })
            : staffText("summary.send")}
        </Button>
        {send.busy && <Loading label={staffText("summary.sending")} />}
      </div>
      {send.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("summary.sendFailed", { error: errorText(send.error, zone) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void send.retry()}>{staffText("summary.sendAgain")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {(m.summary || sent) && <FamilyAnswers meetingId={opened.stored.id} />}
      {sent && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {sent} <Link href={routes.child(m.childId)}>{staffText("summary.seeTimeline")}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
