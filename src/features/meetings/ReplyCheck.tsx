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
import type { StoredMeeting } from "../../domain/meetings/meeting";
import type { CarerReply } from "../../domain/meetings/meetingActions";
import { isMeetingError } from "../../domain/meetings/meetingError";
import { formatSlot } from "../../domain/time/format";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { ReplyDetails } from "./ReplyDetails";
import { confirmedAnswer, pickOf } from "./replyAnswer";

const useStyles = makeStyles({
  reply: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  others: { display: "grid", gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Each household's reply to one meeting, read and suggested — staff always confirm before anything is booked. */
export function ReplyCheck({
  stored,
  onChanged,
  carerId,
}: {
  stored: StoredMeeting;
  onChanged: (message: string) => void;
  /** Only this carer's reply (the email open in Outlook); every household's when absent. */
  carerId?: string;
}) {
  const { meetings } = useServices();
  const { zone: schoolZone, locale } = useDateFormat();
  const styles = useStyles();
  const { meeting } = stored;
  const slots = meeting.offer?.slots ?? [];
  const label = (i: number) => {
    const s = slots[i];
    return s ? formatSlot(s.start, s.end, schoolZone, locale) : "a time that was not offered";
  };
  const [taken, setTaken] = useState<{
    text: string;
    alternatives: readonly { start: number; end: number; roomName: string | undefined }[];
  }>();
  // A reply not from the carer's address on record is booked only after staff say they checked.
  const [confirming, setConfirming] = useState<{ reply: CarerReply; slot: number | "join" }>();
  const [state, retry] = useAsync(() => meetings.replies(stored.id), [meetings, stored.id, stored.version]);
  const book = useAction(
    async (slot: number, reply: CarerReply, all: readonly CarerReply[]) => {
      // Other households' answers go in as they gave them only when they came from their own address.
      const others = all.filter(
        (r) => r !== reply && r.sender === "carer" && r.reading.kind === "structured",
      );
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
  const bookOrConfirm = (slot: number, reply: CarerReply, all: readonly CarerReply[]) => {
    if (reply.sender !== "carer") setConfirming({ reply, slot });
    else void book.run(slot, reply, all);
  };
  const error = book.error ?? join.error;

  return (
    <AsyncView state={state} retry={retry} loadingLabel="Looking for replies…">
      {(replies) => (
        <>
          {replies.filter((r) => !carerId || r.carer.id === carerId).length === 0 && (
            <Text>No reply yet.</Text>
          )}
          {replies.map((r) => {
            if (carerId && r.carer.id !== carerId) return null;
            const pick = pickOf(r);
            const invited = meeting.booking?.households.includes(r.carer.household) ?? false;
            return (
              <div key={r.carer.id} className={styles.reply}>
                <Text weight="semibold">
                  {r.sender === "carer"
                    ? `Reply from ${r.carer.name}`
                    : `Reply about ${r.carer.name}'s invitation`}
                </Text>
                <ReplyDetails
                  message={r}
                  carerName={r.carer.name}
                  label={label}
                  zone={schoolZone}
                  locale={locale}
                />
                <div className={styles.row}>
                  {meeting.booking ? (
                    invited ? (
                      <Badge color="success">On the invitation</Badge>
                    ) : (
                      <Button
                        appearance="primary"
                        disabled={busy}
                        onClick={() =>
                          r.sender === "carer" ? void join.run(r) : setConfirming({ reply: r, slot: "join" })
                        }
                      >
                        Add {r.carer.name} to the meeting
                      </Button>
                    )
                  ) : (
                    <>
                      {pick !== undefined && (
                        <Button
                          appearance="primary"
                          disabled={busy}
                          onClick={() => bookOrConfirm(pick - 1, r, replies)}
                        >
                          {carerId ? "Book this time" : `Book time ${pick}`}
                        </Button>
                      )}
                      {slots.map((s, i) =>
                        i + 1 === pick ? null : (
                          <Button key={s.start} disabled={busy} onClick={() => bookOrConfirm(i, r, replies)}>
                            Book time {i + 1} instead
                          </Button>
                        ),
                      )}
                    </>
                  )}
                  {!meeting.booking && <Link href={routes.findTimes(meeting.childId)}>Offer new times</Link>}
                </div>
                {confirming?.reply === r && (
                  <MessageBar intent="warning" role="alert" layout="multiline">
                    <MessageBarBody>
                      This reply was sent from {r.from.email}, not from {r.carer.name}'s address on record.{" "}
                      {confirming.slot === "join"
                        ? `Add ${r.carer.name} to the meeting only if you have checked with them.`
                        : `Book time ${confirming.slot + 1} for ${r.carer.name} only if you have checked with them.`}{" "}
                      Anything else it asks for (a supporter, adjustments) is not taken from it.
                    </MessageBarBody>
                    <div className={styles.row}>
                      <Button
                        appearance="primary"
                        disabled={busy}
                        onClick={() => {
                          const slot = confirming.slot;
                          setConfirming(undefined);
                          if (slot === "join") void join.run(r);
                          else void book.run(slot, r, replies);
                        }}
                      >
                        {confirming.slot === "join"
                          ? `I have checked: add ${r.carer.name}`
                          : `I have checked: book time ${confirming.slot + 1}`}
                      </Button>
                      <Button onClick={() => setConfirming(undefined)}>Cancel</Button>
                    </div>
                  </MessageBar>
                )}
                {r.others.length > 0 && (
                  <details>
                    <summary>
                      {r.others.length === 1
                        ? "1 more message in this conversation"
                        : `${r.others.length} more messages in this conversation`}
                    </summary>
                    <ul
                      className={styles.others}
                      aria-label={`Other messages about ${r.carer.name}'s invitation`}
                    >
                      {r.others.map((m) => (
                        <li key={m.id}>
                          <ReplyDetails
                            message={m}
                            carerName={r.carer.name}
                            label={label}
                            zone={schoolZone}
                            locale={locale}
                          />
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
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
                          {formatSlot(a.start, a.end, schoolZone, locale)}
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
