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
import { adjustmentSummary } from "../../domain/meetings/adjustmentSummary";
import type { MeetingPlan } from "../../domain/meetings/meetingPlan";
import { interpretReply, type ReplyInterpretation } from "../../domain/replies/interpretReply";
import type { ReplyAnswer } from "../../domain/replies/replyAnswer";
import { replyText } from "../../domain/replies/replyText";
import type { Slot } from "../../domain/scheduling/result";
import { ianaZone } from "../../domain/time/zone";
import { formatSlot } from "../../ui/datetime/formatSlot";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { bookOrSuggest } from "./useBooking";

const useStyles = makeStyles({
  reply: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  quote: { whiteSpace: "pre-wrap", fontStyle: "italic", overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface CarerReply {
  carerId: string;
  carerName: string;
  text: string;
  reading: ReplyInterpretation;
}

function suggestion(r: ReplyInterpretation, plan: MeetingPlan, label: (i: number) => string): string {
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
  return plan.purpose;
}

/** The replies to one offer, read and suggested — staff always confirm before anything is booked. */
export function ReplyCheck({
  meetingId,
  plan,
  onBooked,
}: {
  meetingId: string;
  plan: MeetingPlan;
  onBooked: (message: string) => void;
}) {
  const services = useServices();
  const { mail, schoolZone, host } = services;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{
    intent: "success" | "warning" | "error";
    text: string;
    alternatives?: readonly Slot[];
  }>();
  const label = (i: number) => {
    const s = plan.slots[i];
    return s ? formatSlot(s.start, s.end, schoolZone, host.context.locale) : "a time that was not offered";
  };
  const [state, retry] = useAsync(async () => {
    const replies: CarerReply[] = [];
    for (const carer of plan.carers) {
      const [latest] = await mail.findByReference(carer.ref);
      if (!latest) continue;
      const reading = interpretReply({
        subject: latest.subject,
        body: latest.html,
        bodyIsHtml: true,
        offer: { ref: carer.ref, slots: plan.slots, zone: ianaZone(carer.zone) },
      });
      replies.push({
        carerId: carer.id,
        carerName: carer.name,
        // The machine-readable token is for us; staff read the words around it.
        text: replyText(latest.html, true, latest.subject)
          .replace(/\[cg1:[^\]]*\]/g, "")
          .trim(),
        reading,
      });
    }
    return replies;
  }, [mail, plan]);

  async function book(slot: number, reply: CarerReply | undefined) {
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    const answer: ReplyAnswer | undefined =
      reply?.reading.kind === "structured" ? reply.reading.answer : undefined;
    try {
      const { outcome, alternatives } = await bookOrSuggest(services, meetingId, plan, {
        slot,
        carerId: reply?.carerId ?? plan.carers[0]?.id ?? "",
        answer,
      });
      if (outcome.kind === "booked") {
        const booked = plan.slots.findIndex((s) => s.start === outcome.slot.start);
        onBooked(`Booked for ${label(booked)}. The family has been sent a confirmation.`);
      } else if (outcome.kind === "passed") {
        setMessage({ intent: "warning", text: "That time has already passed. Offer new times instead." });
      } else {
        setMessage({
          intent: "warning",
          text: `That time has gone: ${outcome.busy.join(", ")} ${outcome.busy.length === 1 ? "is" : "are"} no longer free. Nearest times everyone is free:`,
          alternatives,
        });
      }
    } catch (e) {
      setMessage({
        intent: "error",
        text: `${errorText(e)} Press Book again: nothing will be booked twice.`,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <AsyncView state={state} retry={retry} loadingLabel="Looking for replies…">
      {(replies) => (
        <>
          {replies.length === 0 && <Text>No reply yet.</Text>}
          {replies.map((r) => {
            const answer = r.reading.kind === "structured" ? r.reading.answer : undefined;
            const pick = answer?.choice ?? (r.reading.kind === "choice" ? r.reading.choice : undefined);
            return (
              <div key={r.carerId} className={styles.reply}>
                <Text weight="semibold">Reply from {r.carerName}</Text>
                <Text>{suggestion(r.reading, plan, label)}</Text>
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
                  {pick !== undefined && (
                    <Button appearance="primary" disabled={busy} onClick={() => void book(pick - 1, r)}>
                      Book time {pick}
                    </Button>
                  )}
                  {plan.slots.map((_, i) =>
                    i + 1 === pick ? null : (
                      <Button key={label(i)} disabled={busy} onClick={() => void book(i, r)}>
                        Book time {i + 1} instead
                      </Button>
                    ),
                  )}
                  <Link href={`#/meetings/find/${encodeURIComponent(plan.childId)}`}>Offer new times</Link>
                </div>
              </div>
            );
          })}
          {busy && <Loading label="Checking calendars and booking…" />}
          {message && (
            <MessageBar intent={message.intent} role="alert" layout="multiline">
              <MessageBarBody>
                {message.text}
                {message.alternatives && (
                  <ul aria-label="Nearest free times">
                    {message.alternatives.map((a) => (
                      <li key={a.start}>
                        {formatSlot(a.start, a.end, schoolZone, host.context.locale)}
                        {a.room ? `, ${a.room.name}` : ""}
                      </li>
                    ))}
                  </ul>
                )}
                {message.alternatives && (
                  <Link href={`#/meetings/find/${encodeURIComponent(plan.childId)}`}>Offer new times</Link>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </AsyncView>
  );
}
