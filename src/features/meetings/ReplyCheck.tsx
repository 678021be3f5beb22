import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { adjustmentSummary } from "../../domain/meetings/adjustmentSummary";
import type { StoredMeeting } from "../../domain/meetings/meeting";
import type { CarerReply } from "../../domain/meetings/meetingActions";
import { isMeetingError } from "../../domain/meetings/meetingError";
import type { ReplyInterpretation } from "../../domain/replies/interpretReply";
import { formatSlot } from "../../ui/datetime/formatSlot";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { confirmedAnswer, pickOf } from "./replyAnswer";

const useStyles = makeStyles({
  reply: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  quote: { whiteSpace: "pre-wrap", fontStyle: "italic", overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

function suggestion(r: ReplyInterpretation, label: (i: number) => string): string {
  switch (r.kind) {
    case "structured":
      return r.answer.choice
        ? `Chose time ${r.answer.choice}: ${label(r.answer.choice - 1)}.`
        : "Says none of the times work.";
    case "choice":
      return `Looks like time ${r.choice}: ${label(r.choice - 1)} (from “${r.evidence}”). Please check before booking.`;
    case "noneWork":
      return "Says none of the times work.";
    case "unclear":
      return `Could mean ${r.candidates.map((c) => `time ${c}`).join(" or ")}: ${r.reason}`;
    case "notUnderstood":
      return `Not understood: ${r.reason}. Read the reply and choose for them, or offer new times.`;
  }
}

/** Each household's reply to one meeting, read and suggested — staff always confirm before anything is booked. */
export function ReplyCheck({
  stored,
  onChanged,
}: {
  stored: StoredMeeting;
  onChanged: (message: string) => void;
}) {
  const { meetings, schoolZone, host } = useServices();
  const styles = useStyles();
  const { meeting } = stored;
  const slots = meeting.offer?.slots ?? [];
  const label = (i: number) => {
    const s = slots[i];
    return s ? formatSlot(s.start, s.end, schoolZone, host.context.locale) : "a time that was not offered";
  };
  const [taken, setTaken] = useState<{
    text: string;
    alternatives: readonly { start: number; end: number; roomName: string | undefined }[];
  }>();
  const [state, retry] = useAsync(() => meetings.replies(stored.id), [meetings, stored.id, stored.version]);
  const book = useAction(
    async (slot: number, reply: CarerReply, all: readonly CarerReply[]) => {
      const others = all.filter((r) => r !== reply && r.reading.kind === "structured");
      const answers = [
        { carerId: reply.carer.id, answer: confirmedAnswer(reply, slot) },
        ...others.map((r) => {
          const pick = pickOf(r);
          return { carerId: r.carer.id, answer: confirmedAnswer(r, pick === undefined ? null : pick - 1) };
        }),
      ];
      setTaken(undefined);
      try {
        await meetings.book(stored.id, { slot, carerId: reply.carer.id }, answers);
        return { slot, taken: undefined };
      } catch (e) {
        if (!isMeetingError(e, "timeTaken")) throw e;
        return {
          slot,
          taken: {
            text: errorText(e, schoolZone),
            alternatives: await meetings.alternatives(stored.id, slot),
          },
        };
      }
    },
    (r) =>
      r.taken
        ? setTaken(r.taken)
        : onChanged(`Booked for ${label(r.slot)}. Each household has been sent a confirmation.`),
  );
  const join = useAction(
    (reply: CarerReply) =>
      meetings.join(stored.id, {
        carerId: reply.carer.id,
        answer: confirmedAnswer(reply, bookedIndex(stored)),
      }),
    () => onChanged("Added to the meeting. They have been sent their own confirmation."),
  );
  const busy = book.busy || join.busy;
  const error = book.error ?? join.error;

  return (
    <AsyncView state={state} retry={retry} loadingLabel="Looking for replies…">
      {(replies) => (
        <>
          {replies.length === 0 && <Text>No reply yet.</Text>}
          {replies.map((r) => {
            const answer = r.reading.kind === "structured" ? r.reading.answer : undefined;
            const pick = pickOf(r);
            const invited = meeting.booking?.households.includes(r.carer.household) ?? false;
            return (
              <div key={r.carer.id} className={styles.reply}>
                <Text weight="semibold">Reply from {r.carer.name}</Text>
                <Text>{suggestion(r.reading, label)}</Text>
                {adjustmentSummary(answer).map((a) => (
                  <Text key={a}>Asks for: {a}</Text>
                ))}
                {answer?.supporter && (
                  <Text>
                    Bringing {answer.supporter.name} ({answer.supporter.relationship}); papers{" "}
                    {answer.supporter.sharePapers ? "may" : "may not"} be shared.
                  </Text>
                )}
                {answer?.availability && <Text>They can do: {answer.availability}</Text>}
                {answer && answer.speakingOrder !== "noPreference" && (
                  <Text>
                    Would like to speak {answer.speakingOrder === "first" ? "first" : "after the staff"}.
                  </Text>
                )}
                <Text className={styles.quote}>{r.text}</Text>
                <div className={styles.row}>
                  {meeting.booking ? (
                    invited ? (
                      <Badge color="success">On the invitation</Badge>
                    ) : (
                      <Button appearance="primary" disabled={busy} onClick={() => void join.run(r)}>
                        Add {r.carer.name} to the meeting
                      </Button>
                    )
                  ) : (
                    <>
                      {pick !== undefined && (
                        <Button
                          appearance="primary"
                          disabled={busy}
                          onClick={() => void book.run(pick - 1, r, replies)}
                        >
                          Book time {pick}
                        </Button>
                      )}
                      {slots.map((s, i) =>
                        i + 1 === pick ? null : (
                          <Button key={s.start} disabled={busy} onClick={() => void book.run(i, r, replies)}>
                            Book time {i + 1} instead
                          </Button>
                        ),
                      )}
                    </>
                  )}
                  {!meeting.booking && <Link href={routes.findTimes(meeting.childId)}>Offer new times</Link>}
                </div>
              </div>
            );
          })}
          {busy && <Loading label="Checking calendars and booking…" />}
          {error !== undefined && (
            <MessageBar intent={isMeetingError(error) ? "warning" : "error"} role="alert" layout="multiline">
              <MessageBarBody>
                {errorText(error, schoolZone)}
                {!isMeetingError(error) && " Press the button again: nothing will be booked or sent twice."}
              </MessageBarBody>
            </MessageBar>
          )}
          {taken && (
            <MessageBar intent="warning" role="alert" layout="multiline">
              <MessageBarBody>
                {taken.text}
                {taken.alternatives.length > 0 && (
                  <>
                    {" "}
                    Nearest times everyone is free:
                    <ul aria-label="Nearest free times">
                      {taken.alternatives.map((a) => (
                        <li key={a.start}>
                          {formatSlot(a.start, a.end, schoolZone, host.context.locale)}
                          {a.roomName ? `, ${a.roomName}` : ""}
                        </li>
                      ))}
                    </ul>
                    <Link href={routes.findTimes(meeting.childId)}>Offer new times</Link>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </AsyncView>
  );
}

function bookedIndex(stored: StoredMeeting): number {
  const booked = stored.meeting.booking?.slot.start;
  return (stored.meeting.offer?.slots ?? []).findIndex((s) => s.start === booked);
}
