import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { TimelineEntry } from "../../domain/ports/records";
import { formatStamp } from "../../domain/time/format";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  entry: {
    padding: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: "pre-wrap",
  },
  form: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    maxWidth: "560px",
    marginTop: tokens.spacingVerticalM,
  },
});

const kindNames: Record<TimelineEntry["kind"], string> = {
  request: "Meeting requested",
  offer: "Times offered",
  reply: "Family replied",
  booking: "Meeting booked",
  agenda: "Agenda",
  adjustment: "Adjustment",
  summary: "Follow-up summary",
  action: "Action",
  note: "Note",
};

/** The child's story in order, with a way to add a note. Text is shown as text, never as HTML. */
export function Timeline({ childId }: { childId: string }) {
  const { records, clock } = useServices();
  const { zone: schoolZone, locale } = useDateFormat();
  const styles = useStyles();
  const [state, retry] = useAsync(() => records.timeline(childId), [records, childId]);
  const [note, setNote] = useState("");
  const add = useAction(
    (text: string) =>
      records.addTimelineEntry({
        childId,
        at: clock.now(),
        kind: "note",
        summary: text.split("\n")[0] ?? text,
        details: text,
        meetingRef: "",
        key: "",
      }),
    () => {
      setNote("");
      retry();
    },
  );

  function addNote() {
    const text = note.trim();
    if (text) void add.run(text);
  }

  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Timeline</h3>
      <AsyncView state={state} retry={retry} loadingLabel="Loading the timeline…">
        {(entries) =>
          entries.length === 0 ? (
            <Text>Nothing recorded yet.</Text>
          ) : (
            <ol className={styles.list} aria-label="Timeline entries">
              {entries.map((e) => (
                <li key={e.id} className={styles.entry}>
                  <Text weight="semibold">{kindNames[e.kind]}</Text>{" "}
                  <Text size={200}>{formatStamp(e.at, schoolZone, locale)}</Text>
                  <div>{e.summary}</div>
                  {e.details && e.details !== e.summary && <Text size={200}>{e.details}</Text>}
                </li>
              ))}
            </ol>
          )
        }
      </AsyncView>
      <div className={styles.form}>
        <Field
          label="Add a note"
          hint="Notes are kept in the child's record on the school's own SharePoint site."
        >
          <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
        </Field>
        <div>
          <Button appearance="primary" onClick={addNote} disabled={add.busy || !note.trim()}>
            {add.busy ? "Saving…" : "Add note"}
          </Button>
        </div>
        {add.error !== undefined && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>{errorText(add.error)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
