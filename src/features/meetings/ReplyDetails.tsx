import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { adjustmentSummary } from "../../domain/meetings/adjustmentSummary";
import type { ReplyMessage } from "../../domain/meetings/meetingActions";
import { formatStamp } from "../../domain/time/format";
import { senderWarning, suggestion } from "./replyWords";

const useStyles = makeStyles({
  quote: { whiteSpace: "pre-wrap", fontStyle: "italic", overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/**
 * One message of a carer's conversation as staff read it: who really sent it (with a warning when
 * it is not the carer's address on record), what it seems to say, and the words themselves.
 */
export function ReplyDetails({
  message,
  carerName,
  label,
  zone,
  locale,
}: {
  message: ReplyMessage;
  carerName: string;
  label: (i: number) => string;
  zone: string;
  locale: string;
}) {
  const styles = useStyles();
  const answer = message.reading.kind === "structured" ? message.reading.answer : undefined;
  const warning = senderWarning(message, carerName);
  return (
    <>
      <Text className={styles.meta}>
        From {message.from.name ? `${message.from.name} <${message.from.email}>` : message.from.email},{" "}
        {formatStamp(message.receivedAt, zone, locale)}: “{message.subject}”
      </Text>
      {warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{suggestion(message.reading, label)}</Text>
      {adjustmentSummary(answer).map((a) => (
        <Text key={a}>Asks for: {a}</Text>
      ))}
      {answer?.supporter && (
        <Text>
          Bringing {answer.supporter.name} ({answer.supporter.relationship}); papers{" "}
          {answer.supporter.sharePapers ? "may" : "may not"} be shared.
          {answer.supporter.email
            ? answer.supporter.sharePapers
              ? ` They will be invited (${answer.supporter.email}) and sent the papers.`
              : ` Their email (${answer.supporter.email}) is not used: the family did not agree to share the papers.`
            : ""}
        </Text>
      )}
      {answer?.availability && <Text>They can do: {answer.availability}</Text>}
      {answer && answer.speakingOrder !== "noPreference" && (
        <Text>Would like to speak {answer.speakingOrder === "first" ? "first" : "after the staff"}.</Text>
      )}
      {message.text && <Text className={styles.quote}>{message.text}</Text>}
    </>
  );
}
