import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import { NOTE_MAX_CHARS, noteEntryText, noteProblem } from "../../domain/timeline/notes";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    maxWidth: "560px",
    marginTop: tokens.spacingVerticalM,
  },
});

/** Adds a note to the child's timeline; the words are kept as typed, and never lost to an error. */
export function NoteForm({ childId }: { childId: string }) {
  const { records, clock } = useServices();
  const styles = useStyles();
  const [note, setNote] = useState("");
  const add = useAction(
    (text: string) =>
      records.addTimelineEntry({
        childId,
        at: clock.now(),
        kind: "note",
        ...noteEntryText(text),
        meetingRef: "",
        key: "",
      }),
    () => setNote(""),
  );
  const problem = noteProblem(note);
  const length = note.trim().length;
  const tooLong = problem === "tooLong";
  return (
    <div className={styles.form}>
      <Field
        label={staffText("children.note.label")}
        hint={tooLong ? undefined : staffText("children.note.hint", { length, max: NOTE_MAX_CHARS })}
        validationState={tooLong ? "error" : "none"}
        validationMessage={
          tooLong ? staffText("children.note.tooLong", { length, max: NOTE_MAX_CHARS }) : undefined
        }
      >
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button
          appearance="primary"
          onClick={() => void add.run(note)}
          disabled={add.busy || problem !== undefined}
        >
          {staffText(add.busy ? "children.note.saving" : "children.note.add")}
        </Button>
      </div>
      {add.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("children.note.notSaved", { error: errorText(add.error) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
