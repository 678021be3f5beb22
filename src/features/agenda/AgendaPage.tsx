import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { type AgendaItem, agendaOverrun, lastSent, newItemId } from "../../domain/agendas/agenda";
import type { AgendaView } from "../../domain/agendas/agendaActions";
import { itemLine } from "../../domain/agendas/agendaTimelineText";
import { staffText } from "../../domain/i18n/staffMessages";
import { isMeetingError } from "../../domain/meetings/meetingError";
import { formatSlot, formatStamp } from "../../domain/time/format";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";
import { AgendaItemsEditor } from "./AgendaItemsEditor";

const useStyles = makeStyles({
  page: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "60rem" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** A meeting's agenda: edit it, send it, and send a late change with a reason. */
export function AgendaPage({ meetingId }: { meetingId: string }) {
  const { agendas } = useServices();
  const [state, retry] = useAsync(() => agendas.view(meetingId), [agendas, meetingId]);
  // Kept here: the editor starts afresh from each saved version, the message outlives it.
  const [done, setDone] = useState<string>();
  // The editor is drawn again after a save or a send, so the button pressed goes away for a moment:
  // the focus moves to what happened, which has it read out (so it is not a live region as well).
  const said = useRef<HTMLDivElement>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (changes > 0) said.current?.focus();
  }, [changes]);
  return (
    <>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("agenda.opening")}>
        {(view) => (
          <AgendaEditor
            key={view.stored.version}
            view={view}
            onDone={(message) => {
              setDone(message);
              setChanges((n) => n + 1);
              retry();
            }}
            onStart={() => setDone(undefined)}
          />
        )}
      </AsyncView>
      {done && (
        <MessageBar intent="success" ref={said} tabIndex={-1} layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function AgendaEditor({
  view,
  onDone,
  onStart,
}: {
  view: AgendaView;
  onDone: (message: string) => void;
  onStart: () => void;
}) {
  const { agendas } = useServices();
  const { zone, locale } = useDateFormat();
  const styles = useStyles();
  const meeting = view.stored.meeting;
  const sent = lastSent(view.agenda);
  const [items, setItems] = useState<AgendaItem[]>([...view.agenda.items]);
  const [reason, setReason] = useState(view.agenda.pendingReason);
  const after = (message: string) => () => onDone(message);
  const save = useAction(
    () => {
      onStart();
      return agendas.save(view.stored.id, items, reason);
    },
    after(staffText("agenda.saved")),
  );
  const send = useAction(
    () => {
      onStart();
      return agendas.send(view.stored.id, items, reason);
    },
    after(staffText(sent ? "agenda.changeSent" : "agenda.sent")),
  );
  // Longer than the booking: staff see the figures and choose to send it as it is, or to trim it.
  const [confirming, setConfirming] = useState(false);
  const overrun = agendaOverrun(items, view.bookedMinutes);
  const trySend = () => {
    if (overrun && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void send.run();
  };
  const busy = save.busy || send.busy;
  // "Say why it is changing" is answered once a reason is written: it does not stay on screen.
  const failed = save.error ?? send.error;
  const error = isMeetingError(failed, "lateChangeReason") && reason.trim() !== "" ? undefined : failed;
  const slot = meeting.booking?.slot;
  const nextId = () => newItemId({ ...view.agenda, items });
  const carerName = (id: string) => meeting.carers.find((c) => c.id === id)?.name ?? "the family";
  return (
    <section aria-labelledby="agenda-heading" className={styles.page}>
      <h2 id="agenda-heading">{staffText("agenda.heading", { child: view.childName })}</h2>
      <Link href={routes.meetings()}>{staffText("agenda.back")}</Link>
      {slot && (
        <Text>
          {formatSlot(slot.start, slot.end, zone, locale)}
          {slot.roomName ? `, ${slot.roomName}` : ""}.{" "}
          {staffText("agenda.fromTemplate", {
            template: view.template?.label ?? staffText("agenda.noTemplate"),
          })}
        </Text>
      )}
      <div className={styles.row}>
        {sent ? (
          <>
            <Badge color="success">{staffText("agenda.versionSent", { version: sent.version })}</Badge>
            <Text>{staffText("agenda.sentAt", { when: formatStamp(sent.sentAt, zone, locale) })}</Text>
          </>
        ) : (
          <>
            <Badge color="informative">{staffText("agenda.notSent")}</Badge>
            <Text>
              {view.dueAt !== undefined
                ? staffText("agenda.dueAt", { when: formatStamp(view.dueAt, zone, locale) })
                : staffText("agenda.sendWhenReady")}
            </Text>
          </>
        )}
      </div>
      <AgendaItemsEditor
        items={items}
        onChange={(next) => {
          setItems(next);
          setConfirming(false);
        }}
        newId={nextId}
        familyName={carerName}
        budgetMinutes={view.bookedMinutes}
        disabled={busy}
      />
      {sent && (
        <>
          <div>
            <Badge color="warning" appearance="tint">
              {staffText("agenda.lateChange")}
            </Badge>
          </div>
          <Field label={staffText("agenda.reason")} hint={staffText("agenda.reasonHint")} required>
            <Textarea
              value={reason}
              onChange={(_, d) => setReason(d.value)}
              maxLength={1_000}
              disabled={busy}
            />
          </Field>
        </>
      )}
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void save.run()}>
          {staffText("agenda.save")}
        </Button>
        <Button appearance="primary" disabled={busy || confirming} onClick={trySend}>
          {staffText(sent ? "agenda.sendChange" : "agenda.sendNow")}
        </Button>
      </div>
      {confirming && overrun && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{staffText("agenda.overrunConfirm", overrun)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={trySend}>
              {staffText("agenda.sendAnyway")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{staffText("agenda.trim")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {busy && <Loading label={staffText(send.busy ? "agenda.sending" : "agenda.saving")} />}
      {error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(error, zone)}</MessageBarBody>
        </MessageBar>
      )}
      {view.agenda.versions.length > 0 && (
        <section aria-labelledby="versions-heading">
          <h3 id="versions-heading">{staffText("agenda.versionsHeading")}</h3>
          <ul aria-label={staffText("agenda.versionsHeading")}>
            {[...view.agenda.versions].reverse().map((v) => (
              <li key={v.version}>
                <Text weight="semibold">
                  {staffText("agenda.versionLine", {
                    version: v.version,
                    when: formatStamp(v.sentAt, zone, locale),
                  })}
                  {v.reason ? `: ${v.reason}` : ""}
                </Text>
                <ol>
                  {v.items.map((item) => (
                    <li key={item.id}>{itemLine(meeting, item)}</li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
