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
import { staffText } from "../../domain/i18n/staffMessages";
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
    return s ? formatSlot(s.start, s.end, schoolZone, locale) : staffText("meetings.reply.notOffered");
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
      r.taken ? setTaken(r.taken) : onChanged(staffText("meetings.reply.booked", { when: label(r.slot) })),
  );
  const join = useAction(
    (reply: CarerReply) =>
      meetings.join(stored.id, {
        carerId: reply.carer.id,
        answer: confirmedAnswer(reply, bookedIndex(stored)),
      }),
    () => onChanged(staffText("meetings.reply.joined")),
  );
  const busy = book.busy || join.busy;
  const bookOrConfirm = (slot: number, reply: CarerReply, all: readonly CarerReply[]) => {
    if (reply.sender !== "carer") setConfirming({ reply, slot });
    else void book.run(slot, reply, all);
  };
  const error = book.error ?? join.error;

  return (
    <AsyncView state={state} retry={retry} loadingLabel={staffText("meetings.reply.loading")}>
      {(replies) => (
        <>
          {replies.filter((r) => !carerId || r.carer.id === carerId).length === 0 && (
            <Text>{staffText("meetings.reply.none")}</Text>
          )}
          {replies.map((r) => {
            if (carerId && r.carer.id !== carerId) return null;
            const pick = pickOf(r);
            const invited = meeting.booking?.households.includes(r.carer.household) ?? false;
            return (
              <div key={r.carer.id} className={styles.reply}>
                <Text weight="semibold">
                  {staffText(
                    r.sender === "carer" ? "meetings.reply.fromCarer" : "meetings.reply.aboutCarer",
                    {
                      name: r.carer.name,
                    },
                  )}
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
                      <Badge color="success">{staffText("meetings.reply.onInvitation")}</Badge>
                    ) : (
                      <Button
                        appearance="primary"
                        disabled={busy}
                        onClick={() =>
                          r.sender === "carer" ? void join.run(r) : setConfirming({ reply: r, slot: "join" })
                        }
                      >
                        {staffText("meetings.reply.add", { name: r.carer.name })}
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
                          {carerId
                            ? staffText("meetings.reply.bookThis")
                            : staffText("meetings.reply.book", { number: pick })}
                        </Button>
                      )}
                      {slots.map((s, i) =>
                        i + 1 === pick ? null : (
                          <Button key={s.start} disabled={busy} onClick={() => bookOrConfirm(i, r, replies)}>
                            {staffText("meetings.reply.bookInstead", { number: i + 1 })}
                          </Button>
                        ),
                      )}
                    </>
                  )}
                  {!meeting.booking && (
                    <Link href={routes.findTimes(meeting.childId)}>
                      {staffText("meetings.reply.offerNew")}
                    </Link>
                  )}
                </div>
                {confirming?.reply === r && (
                  <MessageBar intent="warning" role="alert" layout="multiline">
                    <MessageBarBody>
                      {staffText("meetings.reply.otherAddress", {
                        email: r.from.email,
                        name: r.carer.name,
                        join: confirming.slot === "join" ? "yes" : "no",
                        number: confirming.slot === "join" ? 0 : confirming.slot + 1,
                      })}
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
                          ? staffText("meetings.reply.checkedAdd", { name: r.carer.name })
                          : staffText("meetings.reply.checkedBook", { number: confirming.slot + 1 })}
                      </Button>
                      <Button onClick={() => setConfirming(undefined)}>
                        {staffText("meetings.reply.cancel")}
                      </Button>
                    </div>
                  </MessageBar>
                )}
                {r.others.length > 0 && (
                  <details>
                    <summary>{staffText("meetings.reply.more", { count: r.others.length })}</summary>
                    <ul
                      className={styles.others}
                      aria-label={staffText("meetings.reply.others", { name: r.carer.name })}
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
          {busy && <Loading label={staffText("meetings.reply.booking")} />}
          {error !== undefined && (
            <MessageBar intent={isMeetingError(error) ? "warning" : "error"} role="alert" layout="multiline">
              <MessageBarBody>
                {errorText(error, schoolZone)}
                {!isMeetingError(error) && ` ${staffText("meetings.reply.pressAgain")}`}
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
                    {staffText("meetings.reply.nearest")}
                    <ul aria-label={staffText("meetings.reply.nearestLabel")}>
                      {taken.alternatives.map((a) => (
                        <li key={a.start}>
                          {formatSlot(a.start, a.end, schoolZone, locale)}
                          {a.roomName ? `, ${a.roomName}` : ""}
                        </li>
                      ))}
                    </ul>
                    <Link href={routes.findTimes(meeting.childId)}>
                      {staffText("meetings.reply.offerNew")}
                    </Link>
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
