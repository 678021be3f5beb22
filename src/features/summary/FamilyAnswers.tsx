import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { FiledAnswer } from "../../domain/summaries/summary";
import { Loading } from "../../ui/Loading";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";

/** The families' answers to a sent summary: read from the inbox, filed to the timeline once. */
export function FamilyAnswers({ meetingId }: { meetingId: string }) {
  const { summaries } = useServices();
  const [answers, setAnswers] = useState<readonly (FiledAnswer & { who: string })[]>();
  const check = useAction(() => summaries.answers(meetingId), setAnswers);
  return (
    <section aria-labelledby="answers-heading">
      <h3 id="answers-heading">{staffText("summary.answers.heading")}</h3>
      <Button disabled={check.busy} onClick={() => void check.run()}>
        {staffText("summary.answers.check")}
      </Button>
      {check.busy && <Loading label={staffText("summary.answers.reading")} />}
      {answers?.length === 0 && <Text>{staffText("summary.answers.none")}</Text>}
      {answers && answers.length > 0 && (
        <ul aria-label={staffText("summary.answers.list")}>
          {answers.map((a) => (
            <li key={a.messageId}>
              <Text>
                {staffText("summary.answers.who", { who: a.who, version: a.version })}{" "}
                {a.listened
                  ? staffText("summary.answers.listened", { listened: a.listened })
                  : staffText("summary.answers.noListened")}
                {a.notes === "confirm"
                  ? staffText("summary.answers.confirmed")
                  : a.notes === "correct"
                    ? staffText("summary.answers.correction")
                    : ""}
                {a.comment ? staffText("summary.answers.words", { comment: a.comment }) : ""}
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
