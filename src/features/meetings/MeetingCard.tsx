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
import { replyOf, requestsOf } from "../../domain/meetings/households";
import type { Meeting } from "../../domain/meetings/meeting";
import type { MeetingListItem } from "../../domain/meetings/meetingActions";
import { formatSlot } from "../../domain/time/format";
import { DAY_MS } from "../../domain/time/instant";
import { Loading } from "../../ui/Loading";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useDateFormat } from "../useDateFormat";
import { AdjustmentsPanel, ReadinessBadge } from "./AdjustmentsPanel";
import { attentionWords, STATUS_WORDS } from "./meetingWords";
import { ReasonDialog } from "./ReasonDialog";
import { ReplyCheck } from "./ReplyCheck";

const useStyles = makeStyles({
  item: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Who comes, in plain words: staff by name, then each household on the invitation. */
function whoIsComing(m: Meeting): string {
  const staff = m.invitees.filter((i) => i.required).map((i) => i.name);
  const family = m.carers.filter((c) => m.booking?.households.includes(c.household)).map((c) => c.name);
  return [...staff, ...family].join(", ");
}

/** What each household on the invitation asked for: someone must arrange it. */
function HouseholdAsks({ meeting }: { meeting: Meeting }) {
  const lines = (meeting.booking?.households ?? []).flatMap((h) => {
    const reply = replyOf(meeting, h);
    const asks = requestsOf(reply);
    const s = reply?.answer.supporter;
    const who = meeting.carers.find((c) => c.id === reply?.carerId)?.name;
    if (!who || (asks.length === 0 && !s)) return [];
    const parts = [
      ...(asks.length ? [`asked for ${asks.join(", ")}`] : []),
      ...(s ? [`bringing ${s.name} (${s.relationship})`] : []),
    ];
    return [`${who}: ${parts.join("; ")}.`];
  });
  return lines.map((line) => (
    <Text key={line} size={200}>
      {line}
    </Text>
  ));
}

/** One open meeting: where it stands, what needs attention, and what can be done. */
export function MeetingCard({
  item,
  onChanged,
}: {
  item: MeetingListItem;
  onChanged: (message: string) => void;
}) {
  const { meetings, clock } = useServices();
  const { zone: schoolZone, locale } = useDateFormat();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const act = useAction((run: () => Promise<unknown>, done: string) => run().then(() => done), onChanged);
  if (item.kind === "unreadable")
    return (
      <li className={styles.item}>
        <Text weight="semibold">{item.childName}</Text>
        <Badge color="danger">Cannot be read</Badge>
        <Text>
          This meeting's record could not be read ({item.problem}). Nothing has been changed. Check the
          child's <Link href={routes.child(item.childId)}>timeline</Link>, and ask your administrator to look
          at item {item.id} in the CG Meetings list.
        </Text>
      </li>
    );
  const { stored } = item;
  const m = stored.meeting;
  const booking = m.booking ?? m.replacing;
  const when = (s: { start: number; end: number }) => formatSlot(s.start, s.end, schoolZone, locale);
  const age = m.offer ? Math.max(0, Math.floor((clock.now() - m.offer.sentAt) / DAY_MS)) : 0;
  const waiting = m.status === "offered" || m.status === "rescheduling";
  const run = (fn: () => Promise<unknown>, done: string) => void act.run(fn, done);
  return (
    <li className={styles.item} aria-label={`${item.childName}: ${STATUS_WORDS[m.status]}`}>
      <div className={styles.row}>
        <Link href={routes.child(m.childId)}>
          <Text weight="semibold">{item.childName}</Text>
        </Link>
        <Badge color={m.work ? "danger" : m.status === "booked" ? "success" : "informative"}>
          {m.work ? "Needs attention" : STATUS_WORDS[m.status]}
        </Badge>
        {!m.work && <ReadinessBadge meeting={m} />}
        {m.keepApart && <Badge appearance="tint">Households kept apart</Badge>}
      </div>
      {booking && (
        <Text>
          {m.status === "rescheduling" ? "Booked now: " : ""}
          {when(booking.slot)}
          {booking.slot.roomName ? `, ${booking.slot.roomName}` : ""}
          {booking.online ? ", with a Teams link" : ""}. Coming: {whoIsComing({ ...m, booking })}.
        </Text>
      )}
      {booking && <HouseholdAsks meeting={{ ...m, booking }} />}
      {!m.work && (
        <AdjustmentsPanel
          meeting={m}
          busy={act.busy}
          onMark={(f, outcome) =>
            run(
              () => meetings.adjust(stored.id, f.id, outcome),
              outcome.state === "arranged"
                ? "Marked arranged."
                : "Marked not possible; the family has been told in their language.",
            )
          }
          onKeep={(f, consent) =>
            run(
              () => meetings.rememberAdjustment(stored.id, f.id, consent),
              "Kept for next time: Find times will tick it for this family.",
            )
          }
        />
      )}
      {waiting && m.offer && (
        <Text size={200}>
          {m.offer.slots.length === 1 ? "1 time" : `${m.offer.slots.length} times`} offered to{" "}
          {m.carers.map((c) => c.name).join(" and ")},{" "}
          {age === 0 ? "today" : `${age} ${age === 1 ? "day" : "days"} ago`}.
        </Text>
      )}
      {item.attention.map((a) => (
        <Text key={a.kind}>
          <Badge color={a.kind === "interrupted" ? "danger" : "warning"}>
            {a.kind === "chaseDue" ? "Chase due" : a.kind === "interrupted" ? "Not finished" : "Waiting"}
          </Badge>{" "}
          {attentionWords(a)}
        </Text>
      ))}
      <div className={styles.row}>
        {m.work && (
          <Button
            appearance="primary"
            disabled={act.busy}
            onClick={() => run(() => meetings.resume(stored.id), "Finished.")}
          >
            Finish
          </Button>
        )}
        {!m.work && (waiting || m.status === "booked") && (
          <Button onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? "Hide replies" : "Check for replies"}
          </Button>
        )}
        {!m.work && waiting && (
          <Button
            disabled={act.busy}
            onClick={() =>
              run(() => meetings.chase(stored.id), "A reminder has gone to each household still to answer.")
            }
          >
            Send a reminder
          </Button>
        )}
        {!m.work && (m.status === "booked" || m.status === "held" || m.status === "summarised") && (
          <Button as="a" href={routes.summary(stored.id)}>
            {m.status === "summarised" ? "Summary: view or correct" : "Write the summary"}
          </Button>
        )}
        {!m.work && m.status === "booked" && (
          <Button as="a" href={routes.agenda(stored.id)}>
            Agenda
          </Button>
        )}
        {!m.work && m.status === "booked" && (
          <Button as="a" href={routes.findTimes(m.childId, { reschedule: stored.id })}>
            Reschedule
          </Button>
        )}
        {!m.work && waiting && (
          <ReasonDialog
            trigger="Withdraw offer"
            title="Withdraw the offered times?"
            hint="Each household is told, in their language, that the times are no longer available. Calendar holds are released."
            confirm="Withdraw and tell the family"
            disabled={act.busy}
            onConfirm={(reason) =>
              run(() => meetings.withdraw(stored.id, reason), "The offer was withdrawn and the family told.")
            }
          />
        )}
        {!m.work && (m.status === "booked" || m.status === "rescheduling") && (
          <ReasonDialog
            trigger="Cancel meeting"
            title="Cancel this meeting?"
            hint="Each household is told kindly, in their language, with your words as you write them. The calendar event is cancelled."
            confirm="Cancel the meeting"
            disabled={act.busy}
            onConfirm={(reason) =>
              run(() => meetings.cancel(stored.id, reason), "The meeting was cancelled and the family told.")
            }
          />
        )}
      </div>
      {act.busy && <Loading label="Working…" />}
      {act.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(act.error, schoolZone)}</MessageBarBody>
        </MessageBar>
      )}
      {open && <ReplyCheck stored={stored} onChanged={onChanged} />}
    </li>
  );
}
