import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { type AgendaItem, lastSent, newItemId } from "../../domain/agendas/agenda";
import type { AgendaView } from "../../domain/agendas/agendaActions";
import { itemLine } from "../../domain/agendas/agendaTimelineText";
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
      <AsyncView state={state} retry={retry} loadingLabel="Opening the agenda…">
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
  const save = useAction(() => {
    onStart();
    return agendas.save(view.stored.id, items, reason);
  }, after("Saved. The family has not been sent anything."));
  const send = useAction(
    () => {
      onStart();
      return agendas.send(view.stored.id, items, reason);
    },
    after(
      sent
        ? "The change was sent to the family, with what changed and why."
        : "The agenda was sent to the family.",
    ),
  );
  const busy = save.busy || send.busy;
  const error = save.error ?? send.error;
  const slot = meeting.booking?.slot;
  const nextId = () => newItemId({ ...view.agenda, items });
  const carerName = (id: string) => meeting.carers.find((c) => c.id === id)?.name ?? "the family";
  return (
    <section aria-labelledby="agenda-heading" className={styles.page}>
      <h2 id="agenda-heading">Agenda: {view.childName}</h2>
      <Link href={routes.meetings()}>Back to meetings</Link>
      {slot && (
        <Text>
          {formatSlot(slot.start, slot.end, zone, locale)}
          {slot.roomName ? `, ${slot.roomName}` : ""}. From the template “{view.template?.label ?? "none"}”.
        </Text>
      )}
      <div className={styles.row}>
        {sent ? (
          <>
            <Badge color="success">Version {sent.version} sent</Badge>
            <Text>
              Sent {formatStamp(sent.sentAt, zone, locale)}. Any change now is a late change: the family gets
              a short update saying exactly what changed, and why.
            </Text>
          </>
        ) : (
          <>
            <Badge color="informative">Not sent yet</Badge>
            <Text>
              {view.dueAt !== undefined
                ? `It goes to the family by itself on ${formatStamp(view.dueAt, zone, locale)}, or send it now.`
                : "Send it when it is ready."}
            </Text>
          </>
        )}
      </div>
      <AgendaItemsEditor
        items={items}
        onChange={setItems}
        newId={nextId}
        familyName={carerName}
        budgetMinutes={view.bookedMinutes}
        disabled={busy}
      />
      {sent && (
        <>
          <div>
            <Badge color="warning" appearance="tint">
              Late change
            </Badge>
          </div>
          <Field
            label="Why is the agenda changing?"
            hint="The family reads your words as you write them, with the list of what changed."
            required
          >
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
          Save without sending
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void send.run()}>
          {sent ? "Send the change to the family" : "Send the agenda now"}
        </Button>
      </div>
      {busy && <Loading label={send.busy ? "Sending…" : "Saving…"} />}
      {error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(error, zone)}</MessageBarBody>
        </MessageBar>
      )}
      {view.agenda.versions.length > 0 && (
        <section aria-labelledby="versions-heading">
          <h3 id="versions-heading">Versions sent</h3>
          <ul aria-label="Versions sent">
            {[...view.agenda.versions].reverse().map((v) => (
              <li key={v.version}>
                <Text weight="semibold">
                  Version {v.version}, sent {formatStamp(v.sentAt, zone, locale)}
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
