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
import { attentionWords, namesAnd, STATUS_WORDS } from "./meetingWords";
import { ReasonDialog } from "./ReasonDialog";
import { ReplyCheck } from "./ReplyCheck";
import { staffTextWith } from "./staffTextWith";

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

/** The booked time, prefixed while new times are out for it. */
const bookingLine = (replacing: boolean, text: string | undefined) =>
  text === undefined || !replacing ? text : staffText("meetings.card.bookedNow", { booking: text });

/** What each household on the invitation asked for: someone must arrange it. */
function HouseholdAsks({ meeting }: { meeting: Meeting }) {
  const lines = (meeting.booking?.households ?? []).flatMap((h) => {
    const reply = replyOf(meeting, h);
    const asks = requestsOf(reply);
    const s = reply?.answer.supporter;
    const who = meeting.carers.find((c) => c.id === reply?.carerId)?.name;
    if (!who || (asks.length === 0 && !s)) return [];
    const parts = [
      ...(asks.length ? [staffText("meetings.card.askedFor", { asks: asks.join(", ") })] : []),
      ...(s ? [staffText("meetings.card.bringing", { name: s.name, relationship: s.relationship })] : []),
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
        <Badge color="danger">{staffText("meetings.card.unreadable")}</Badge>
        <Text>
          {staffTextWith(
            "meetings.card.unreadableText",
            "timeline",
            <Link href={routes.child(item.childId)}>{staffText("meetings.card.timeline")}</Link>,
            { problem: item.problem, id: item.id },
          )}
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
  const bookingText =
    booking &&
    staffText("meetings.card.booking", {
      when: booking.slot.roomName ? `${when(booking.slot)}, ${booking.slot.roomName}` : when(booking.slot),
      online: booking.online ? "yes" : "no",
      who: whoIsComing({ ...m, booking }),
    });
  return (
    <li className={styles.item} aria-label={`${item.childName}: ${STATUS_WORDS[m.status]}`}>
      <div className={styles.row}>
        <Link href={routes.child(m.childId)}>
          <Text weight="semibold">{item.childName}</Text>
        </Link>
        <Badge color={m.work ? "danger" : m.status === "booked" ? "success" : "informative"}>
          {m.work ? staffText("meetings.card.needsAttention") : STATUS_WORDS[m.status]}
        </Badge>
        {!m.work && <ReadinessBadge meeting={m} />}
        {m.keepApart && <Badge appearance="tint">{staffText("meetings.card.keptApart")}</Badge>}
      </div>
      {booking && <Text>{bookingLine(m.status === "rescheduling", bookingText)}</Text>}
      {booking && <HouseholdAsks meeting={{ ...m, booking }} />}
      {!m.work && (
        <AdjustmentsPanel
          meeting={m}
          busy={act.busy}
          onMark={(f, outcome) =>
            run(
              () => meetings.adjust(stored.id, f.id, outcome),
              staffText(
                outcome.state === "arranged"
                  ? "meetings.adjustments.markedArranged"
                  : "meetings.adjustments.markedNotPossible",
              ),
            )
          }
          onKeep={(f, consent) =>
            run(
              () => meetings.rememberAdjustment(stored.id, f.id, consent),
              staffText("meetings.adjustments.kept"),
            )
          }
        />
      )}
      {waiting && m.offer && (
        <Text size={200}>
          {staffText("meetings.card.offered", {
            count: m.offer.slots.length,
            carers: namesAnd(m.carers.map((c) => c.name)),
            days: age,
          })}
        </Text>
      )}
      {item.attention.map((a) => (
        <Text key={a.kind}>
          <Badge color={a.kind === "interrupted" ? "danger" : "warning"}>
            {staffText(`meetings.card.badge.${a.kind}`)}
          </Badge>{" "}
          {attentionWords(a)}
        </Text>
      ))}
      <div className={styles.row}>
        {m.work && (
          <Button
            appearance="primary"
            disabled={act.busy}
            onClick={() => run(() => meetings.resume(stored.id), staffText("meetings.card.finished"))}
          >
            {staffText("meetings.card.finish")}
          </Button>
        )}
        {!m.work && (waiting || m.status === "booked") && (
          <Button onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {staffText(open ? "meetings.card.hideReplies" : "meetings.card.checkReplies")}
          </Button>
        )}
        {!m.work && waiting && (
          <Button
            disabled={act.busy}
            onClick={() => run(() => meetings.chase(stored.id), staffText("meetings.card.chased"))}
          >
            {staffText("meetings.card.chase")}
          </Button>
        )}
        {!m.work && (m.status === "booked" || m.status === "held" || m.status === "summarised") && (
          <Button as="a" href={routes.summary(stored.id)}>
            {staffText(
              m.status === "summarised" ? "meetings.card.viewSummary" : "meetings.card.writeSummary",
            )}
          </Button>
        )}
        {!m.work && m.status === "booked" && (
          <Button as="a" href={routes.agenda(stored.id)}>
            {staffText("meetings.card.agenda")}
          </Button>
        )}
        {!m.work && m.status === "booked" && (
          <Button as="a" href={routes.findTimes(m.childId, { reschedule: stored.id })}>
            {staffText("meetings.card.reschedule")}
          </Button>
        )}
        {!m.work && waiting && (
          <ReasonDialog
            trigger={staffText("meetings.card.withdraw")}
            title={staffText("meetings.card.withdraw.title")}
            hint={staffText("meetings.card.withdraw.hint")}
            confirm={staffText("meetings.card.withdraw.confirm")}
            disabled={act.busy}
            onConfirm={(reason) =>
              run(() => meetings.withdraw(stored.id, reason), staffText("meetings.card.withdrawn"))
            }
          />
        )}
        {!m.work && (m.status === "booked" || m.status === "rescheduling") && (
          <ReasonDialog
            trigger={staffText("meetings.card.cancel")}
            title={staffText("meetings.card.cancel.title")}
            hint={staffText("meetings.card.cancel.hint")}
            confirm={staffText("meetings.card.cancel.confirm")}
            disabled={act.busy}
            onConfirm={(reason) =>
              run(() => meetings.cancel(stored.id, reason), staffText("meetings.card.cancelled"))
            }
          />
        )}
      </div>
      {act.busy && <Loading label={staffText("meetings.card.working")} />}
      {act.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(act.error, schoolZone)}</MessageBarBody>
        </MessageBar>
      )}
      {open && <ReplyCheck stored={stored} onChanged={onChanged} />}
    </li>
  );
}
