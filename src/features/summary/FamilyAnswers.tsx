import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { FiledAnswer } from "../../domain/summaries/summary";
import { Loading } from "../../ui/Loading";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";

const LISTENED = { yes: "Yes", partly: "Partly", no: "No" } as const;

/** The families' answers to a sent summary: read from the inbox, filed to the timeline once. */
export function FamilyAnswers({ meetingId }: { meetingId: string }) {
  const { summaries } = useServices();
  const [answers, setAnswers] = useState<readonly (FiledAnswer & { who: string })[]>();
  const check = useAction(() => summaries.answers(meetingId), setAnswers);
  return (
    <section aria-labelledby="answers-heading">
      <h3 id="answers-heading">The family's answers</h3>
      <Button disabled={check.busy} onClick={() => void check.run()}>
        Check for answers
      </Button>
      {check.busy && <Loading label="Reading the inbox…" />}
      {answers?.length === 0 && <Text>No answer yet.</Text>}
      {answers && answers.length > 0 && (
        <ul aria-label="Answers to the summary">
          {answers.map((a) => (
            <li key={a.messageId}>
              <Text>
                {a.who} (version {a.version}):{" "}
                {a.listened
                  ? `felt listened to: ${LISTENED[a.listened]}`
                  : "no answer on feeling listened to"}
                {a.notes === "confirm"
                  ? "; confirmed the notes"
                  : a.notes === "correct"
                    ? "; asks for a correction"
                    : ""}
                {a.comment ? `. Their words: “${a.comment}”` : ""}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {check.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(check.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
