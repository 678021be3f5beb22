import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
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
        {staffText("meetings.reply.from", {
          sender: message.from.name ? `${message.from.name} <${message.from.email}>` : message.from.email,
          when: formatStamp(message.receivedAt, zone, locale),
          subject: message.subject,
        })}
      </Text>
      {warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{suggestion(message.reading, label)}</Text>
      {adjustmentSummary(answer).map((a) => (
        <Text key={a}>{staffText("meetings.reply.asksFor", { adjustment: a })}</Text>
      ))}
      {answer?.supporter && (
        <Text>
          {staffText("meetings.reply.supporter", {
            name: answer.supporter.name,
            relationship: answer.supporter.relationship,
            share: answer.supporter.sharePapers ? "yes" : "no",
          })}
          {answer.supporter.email
            ? ` ${staffText(
                answer.supporter.sharePapers
                  ? "meetings.reply.supporterInvited"
                  : "meetings.reply.supporterEmailUnused",
                { email: answer.supporter.email },
              )}`
            : ""}
        </Text>
      )}
      {answer?.availability && (
        <Text>{staffText("meetings.reply.availability", { availability: answer.availability })}</Text>
      )}
      {answer && answer.speakingOrder !== "noPreference" && (
        <Text>{staffText("meetings.reply.speak", { order: answer.speakingOrder })}</Text>
      )}
      {message.text && <Text className={styles.quote}>{message.text}</Text>}
    </>
  );
}
