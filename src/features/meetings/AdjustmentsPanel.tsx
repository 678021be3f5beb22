import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { catalogueEntry } from "../../domain/adjustments/catalogue";
import type { AdjustmentFollowUp, FollowUpOutcome } from "../../domain/adjustments/followUp";
import { CONSENT_WAYS, type ConsentWay } from "../../domain/adjustments/standing";
import { followUpName } from "../../domain/meetings/flows/adjustFlow";
import type { Meeting } from "../../domain/meetings/meeting";
import { followUpsOf, readiness } from "../../domain/meetings/meetingAdjustments";
import { ReasonDialog } from "./ReasonDialog";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const STATE: Record<AdjustmentFollowUp["state"], { text: string; color: "warning" | "success" | "danger" }> =
  {
    requested: { text: "To arrange", color: "warning" },
    arranged: { text: "Arranged", color: "success" },
    notPossible: { text: "Not possible", color: "danger" },
  };

const HOW: Record<ConsentWay, string> = {
  reply: "In their reply",
  email: "By email",
  phone: "By phone",
  inPerson: "In person",
};

/** "Not ready" while anything asked for is still to arrange; "Ready" once each is resolved. */
export function ReadinessBadge({ meeting }: { meeting: Meeting }) {
  if (meeting.status !== "booked" || followUpsOf(meeting).length === 0) return null;
  const { ready, open } = readiness(meeting);
  return ready ? (
    <Badge color="success" appearance="tint">
      Ready
    </Badge>
  ) : (
    <Badge color="warning">Not ready: {open.length} to arrange</Badge>
  );
}

/** Asks who in the family agreed to be remembered, and how, before keeping an adjustment. */
function KeepDialog(props: {
  item: AdjustmentFollowUp;
  carerName: string;
  disabled: boolean;
  onKeep: (consent: { givenBy: string; how: ConsentWay }) => void;
}) {
  const [open, setOpen] = useState(false);
  const [givenBy, setGivenBy] = useState(props.carerName);
  const [how, setHow] = useState<ConsentWay>("phone");
  const [agreed, setAgreed] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" disabled={props.disabled}>
          Keep for next time…
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Keep “{followUpName(props.item)}” for next time?</DialogTitle>
          <DialogContent>
            <Text block>
              It is saved with {props.carerName}'s contact details and ticked for you when you next find
              times. Only with the family's agreement; you can remove it when they ask.
            </Text>
            <Field label="Who in the family agreed" required>
              <Input value={givenBy} onChange={(_, d) => setGivenBy(d.value)} maxLength={200} />
            </Field>
            <Field label="How they agreed">
              <RadioGroup value={how} onChange={(_, d) => setHow(d.value as ConsentWay)} layout="horizontal">
                {CONSENT_WAYS.map((w) => (
                  <Radio key={w} value={w} label={HOW[w]} />
                ))}
              </RadioGroup>
            </Field>
            <Checkbox
              checked={agreed}
              onChange={(_, d) => setAgreed(d.checked === true)}
              label="The family agreed that the school keeps this for their next meetings"
            />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Not now</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={!agreed || givenBy.trim() === ""}
              onClick={() => {
                setOpen(false);
                props.onKeep({ givenBy: givenBy.trim(), how });
              }}
            >
              Keep it
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Each adjustment asked for on a booked meeting: where it stands, and marking it. */
export function AdjustmentsPanel(props: {
  meeting: Meeting;
  busy: boolean;
  onMark: (item: AdjustmentFollowUp, outcome: FollowUpOutcome) => void;
  onKeep: (item: AdjustmentFollowUp, consent: { givenBy: string; how: ConsentWay }) => void;
}) {
  const styles = useStyles();
  const { meeting: m } = props;
  const items = followUpsOf(m);
  if (m.status !== "booked" || items.length === 0) return null;
  return (
    <section aria-label="Adjustments">
      <Text weight="semibold" size={200}>
        Adjustments
      </Text>
      <ul className={styles.list}>
        {items.map((f) => {
          const carer = m.carers.find((c) => c.id === f.carerId);
          const state = STATE[f.state];
          return (
            <li key={f.id} className={styles.row} aria-label={`${followUpName(f)}: ${state.text}`}>
              <Badge color={state.color} appearance="tint">
                {state.text}
              </Badge>
              <Text size={200}>
                {followUpName(f)} – for {carer?.name ?? "the family"}
                {f.state !== "requested" && f.by ? ` (marked by ${f.by})` : ""}
                {f.state === "notPossible" && f.reason ? `: “${f.reason}”` : ""}
              </Text>
              {f.state !== "arranged" && (
                <Button
                  size="small"
                  disabled={props.busy}
                  onClick={() => props.onMark(f, { state: "arranged" })}
                >
                  Mark arranged
                </Button>
              )}
              {f.state === "requested" && (
                <ReasonDialog
                  trigger="Not possible…"
                  title={`${followUpName(f)} is not possible?`}
                  hint="The family is emailed in their language that it cannot be arranged, with your words as you write them."
                  confirm="Tell the family"
                  required
                  size="small"
                  disabled={props.busy}
                  onConfirm={(reason) => props.onMark(f, { state: "notPossible", reason })}
                />
              )}
              {catalogueEntry(f.kind).ticked && f.state !== "notPossible" && carer && (
                <KeepDialog
                  item={f}
                  carerName={carer.name}
                  disabled={props.busy}
                  onKeep={(consent) => props.onKeep(f, consent)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
