import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ADJUSTMENT_CODES, type AdjustmentCode } from "../../domain/replies/replyAnswer";
import type { Weekday } from "../../domain/time/localDate";
import { type FindTimesForm, QUICK_PICKS, type QuickPick } from "./findTimesForm";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  group: { border: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  days: {
    border: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

const DAYS: [Weekday, string][] = [
  [1, "Monday"],
  [2, "Tuesday"],
  [3, "Wednesday"],
  [4, "Thursday"],
  [5, "Friday"],
];

export const ADJUSTMENT_LABELS: Record<AdjustmentCode, string> = {
  interpreter: "Interpreter",
  stepFree: "Step-free access",
  hearingLoop: "Hearing loop",
  largePrint: "Papers in large print",
  easyRead: "Easy-read papers",
  online: "Joining online",
  longerMeeting: "A longer meeting",
  quietRoom: "A quiet room",
  breaks: "Breaks",
};

interface Props {
  form: FindTimesForm;
  onChange: (change: Partial<FindTimesForm>) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** What the family said works for them, and the adjustments that change what is booked. */
export function FamilyFields({ form, onChange }: Props) {
  const styles = useStyles();
  const [avoid, setAvoid] = useState("");
  return (
    <>
      <fieldset className={styles.group}>
        <legend>What the family said works</legend>
        <Text size={200}>Pick in the family's order of preference; the first is their first choice.</Text>
        <div className={styles.row}>
          {(Object.keys(QUICK_PICKS) as QuickPick[]).map((p) => (
            <ToggleButton
              key={p}
              checked={form.picks.includes(p)}
              onClick={() => onChange({ picks: toggle(form.picks, p) })}
            >
              {form.picks.includes(p) ? `${form.picks.indexOf(p) + 1}. ` : ""}
              {QUICK_PICKS[p].label}
            </ToggleButton>
          ))}
        </div>
        <fieldset className={styles.days}>
          <legend>Days that work (none ticked: any school day)</legend>
          {DAYS.map(([d, name]) => (
            <Checkbox
              key={d}
              label={name}
              checked={form.days.includes(d)}
              onChange={() => onChange({ days: toggle(form.days, d) })}
            />
          ))}
        </fieldset>
        <div className={styles.row}>
          <Field label="A date to avoid">
            <Input type="date" value={avoid} onChange={(_, d) => setAvoid(d.value)} />
          </Field>
          <Button
            disabled={!avoid}
            onClick={() => {
              onChange({ avoidDates: [...new Set([...form.avoidDates, avoid])].sort() });
              setAvoid("");
            }}
          >
            Add date to avoid
          </Button>
        </div>
        {form.avoidDates.length > 0 && (
          <div className={styles.row}>
            {form.avoidDates.map((d) => (
              <Button
                key={d}
                size="small"
                onClick={() => onChange({ avoidDates: form.avoidDates.filter((x) => x !== d) })}
                aria-label={`Stop avoiding ${d}`}
              >
                Avoid {d} ✕
              </Button>
            ))}
          </div>
        )}
        <Field label="The family's time zone" hint="Change only if they live or work abroad.">
          <Input value={form.familyZone} onChange={(_, d) => onChange({ familyZone: d.value })} />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Adjustments</legend>
        <div className={styles.row}>
          {ADJUSTMENT_CODES.map((a) => (
            <Checkbox
              key={a}
              label={ADJUSTMENT_LABELS[a]}
              checked={form.adjustments.includes(a)}
              onChange={() => onChange({ adjustments: toggle(form.adjustments, a) })}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
