import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { EmailSender } from "../../domain/outlook/outlookActions";
import type { MessageReadItem } from "../../domain/ports/mail-item";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  pane: { display: "grid", gap: tokens.spacingVerticalM },
  words: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/**
 * A family's answer to a summary, read from its token: what they said, in plain text (their
 * comment is shown as text, never as HTML), and one button that files it as "Check for answers"
 * on the summary page does.
 */
export function SummaryAnswerPane({
  item,
  bodyHtml,
  sender,
}: {
  item: MessageReadItem;
  bodyHtml: string;
  sender: Extract<EmailSender, { kind: "summaryAnswer" }>;
}) {
  const styles = useStyles();
  const { summaries } = useServices();
  const { answer, stored, childName } = sender;
  const [result, setResult] = useState<string>();
  const file = useAction(
    () =>
      summaries.fileAnswerMail(stored.id, {
        id: item.restId,
        from: item.from,
        subject: item.subject,
        html: bodyHtml,
        receivedAt: item.receivedAt,
      }),
    (r) =>
      setResult(
        r === "filed"
          ? staffText("outlook.answer.filed", { child: childName })
          : r === "alreadyFiled"
            ? staffText("outlook.answer.alreadyFiled")
            : staffText("outlook.answer.notTheirs"),
      ),
  );
  return (
    <section aria-label={staffText("outlook.answer.headingNoChild")} className={styles.pane}>
      <Text as="h2" size={400} weight="semibold">
        {childName
          ? staffText("outlook.answer.heading", { child: childName })
          : staffText("outlook.answer.headingNoChild")}
      </Text>
      <Text size={200}>
        {staffText("outlook.answer.from", { name: item.from.name || item.from.email, ref: answer.ref })}
      </Text>
      <Text>{staffText("outlook.answer.listened", { answer: answer.listened ?? "none" })}</Text>
      <Text>{staffText("outlook.answer.notes", { notes: answer.notes ?? "none" })}</Text>
      {answer.comment ? (
        <Text className={styles.words}>
          {staffText("outlook.answer.comment")} “{answer.comment}”
        </Text>
      ) : (
        <Text>{staffText("outlook.answer.noComment")}</Text>
      )}
      <Button appearance="primary" disabled={file.busy} onClick={() => void file.run()}>
        {staffText("outlook.answer.file")}
      </Button>
      {result && <Text role="status">{result}</Text>}
      {answer.notes === "correct" && (
        <Link href={routes.summary(stored.id)}>{staffText("outlook.answer.openSummary")}</Link>
      )}
      {file.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {errorText(file.error)} {staffText("outlook.answer.retry")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
