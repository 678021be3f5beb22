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
        label="Add a note"
        hint={
          tooLong
            ? undefined
            : `Notes are kept in the child's record on the school's own SharePoint site. ${length} of ${NOTE_MAX_CHARS} characters.`
        }
        validationState={tooLong ? "error" : "none"}
        validationMessage={
          tooLong
            ? `This note is ${length} characters; a note can be up to ${NOTE_MAX_CHARS}. Shorten it, or keep the longer text as a document in the child's file.`
            : undefined
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
          {add.busy ? "Saving…" : "Add note"}
        </Button>
      </div>
      {add.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>Not saved; your note is still here. {errorText(add.error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
