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
import { staffText } from "../../domain/i18n/staffMessages";
import { followUpName } from "../../domain/meetings/flows/adjustFlow";
import type { Meeting } from "../../domain/meetings/meeting";
import { followUpsOf, readiness } from "../../domain/meetings/meetingAdjustments";
import { ReasonDialog } from "./ReasonDialog";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const STATE_COLOUR: Record<AdjustmentFollowUp["state"], "warning" | "success" | "danger"> = {
  requested: "warning",
  arranged: "success",
  notPossible: "danger",
};

/** "Not ready" while anything asked for is still to arrange; "Ready" once each is resolved. */
export function ReadinessBadge({ meeting }: { meeting: Meeting }) {
  if (meeting.status !== "booked" || followUpsOf(meeting).length === 0) return null;
  const { ready, open } = readiness(meeting);
  return ready ? (
    <Badge color="success" appearance="tint">
      {staffText("meetings.adjustments.ready")}
    </Badge>
  ) : (
    <Badge color="warning">{staffText("meetings.adjustments.notReady", { count: open.length })}</Badge>
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
          {staffText("meetings.adjustments.keep")}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {staffText("meetings.adjustments.keep.title", { name: followUpName(props.item) })}
          </DialogTitle>
          <DialogContent>
            <Text block>{staffText("meetings.adjustments.keep.explain", { carer: props.carerName })}</Text>
            <Field label={staffText("meetings.adjustments.keep.givenBy")} required>
              <Input value={givenBy} onChange={(_, d) => setGivenBy(d.value)} maxLength={200} />
            </Field>
            <Field label={staffText("meetings.adjustments.keep.how")}>
              <RadioGroup value={how} onChange={(_, d) => setHow(d.value as ConsentWay)} layout="horizontal">
                {CONSENT_WAYS.map((w) => (
                  <Radio key={w} value={w} label={staffText(`meetings.adjustments.keep.how.${w}`)} />
                ))}
              </RadioGroup>
            </Field>
            <Checkbox
              checked={agreed}
              onChange={(_, d) => setAgreed(d.checked === true)}
              label={staffText("meetings.adjustments.keep.agreed")}
            />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{staffText("meetings.adjustments.keep.notNow")}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={!agreed || givenBy.trim() === ""}
              onClick={() => {
                setOpen(false);
                props.onKeep({ givenBy: givenBy.trim(), how });
              }}
            >
              {staffText("meetings.adjustments.keep.confirm")}
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
    <section aria-label={staffText("meetings.adjustments.heading")}>
      <Text weight="semibold" size={200}>
        {staffText("meetings.adjustments.heading")}
      </Text>
      <ul className={styles.list}>
        {items.map((f) => {
          const carer = m.carers.find((c) => c.id === f.carerId);
          const state = staffText(`meetings.adjustments.state.${f.state}`);
          return (
            <li key={f.id} className={styles.row} aria-label={`${followUpName(f)}: ${state}`}>
              <Badge color={STATE_COLOUR[f.state]} appearance="tint">
                {state}
              </Badge>
              <Text size={200}>
                {staffText("meetings.adjustments.for", {
                  name: followUpName(f),
                  carer: carer?.name ?? staffText("meetings.adjustments.theFamily"),
                })}
                {f.state !== "requested" && f.by
                  ? staffText("meetings.adjustments.markedBy", { by: f.by })
                  : ""}
                {f.state === "notPossible" && f.reason
                  ? staffText("meetings.adjustments.reason", { reason: f.reason })
                  : ""}
              </Text>
              {f.state !== "arranged" && (
                <Button
                  size="small"
                  disabled={props.busy}
                  onClick={() => props.onMark(f, { state: "arranged" })}
                >
                  {staffText("meetings.adjustments.markArranged")}
                </Button>
              )}
              {f.state === "requested" && (
                <ReasonDialog
                  trigger={staffText("meetings.adjustments.notPossible")}
                  title={staffText("meetings.adjustments.notPossible.title", { name: followUpName(f) })}
                  hint={staffText("meetings.adjustments.notPossible.hint")}
                  confirm={staffText("meetings.adjustments.notPossible.confirm")}
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
