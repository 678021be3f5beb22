import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  SpinButton,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { adjustmentLabels } from "../../domain/adjustments/adjustmentLabels";
import { TICKED } from "../../domain/adjustments/catalogue";
import { ENGLISH } from "../../domain/i18n/locales";
import { staffText } from "../../domain/i18n/staffMessages";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import type { Weekday } from "../../domain/time/localDate";
import { DateListField } from "./DateListField";
import { PARTY_LIMITS, typedNumber } from "./fieldChecks";
import { fieldProblem } from "./fieldProblem";
import type { FieldRefs } from "./fieldRefs";
import { type FieldProblems, type FindTimesForm, QUICK_PICK_IDS, QUICK_PICKS } from "./findTimesForm";

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

const DAYS = [1, 2, 3, 4, 5] as const satisfies readonly Weekday[];

export const ADJUSTMENT_LABELS: Record<AdjustmentCode, string> = adjustmentLabels(TICKED, ENGLISH);

interface Props {
  form: FindTimesForm;
  problems: FieldProblems;
  fields: FieldRefs;
  onChange: (change: Partial<FindTimesForm>) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** What the family said works for them, and the adjustments that change what is booked. */
export function FamilyFields({ form, problems, fields, onChange }: Props) {
  const styles = useStyles();
  return (
    <>
      <fieldset className={styles.group}>
        <legend>{staffText("findTimes.family.legend")}</legend>
        <Text size={200}>{staffText("findTimes.family.order")}</Text>
        <div className={styles.row}>
          {QUICK_PICK_IDS.map((p) => (
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
          <legend>{staffText("findTimes.family.days")}</legend>
          {DAYS.map((d) => (
            <Checkbox
              key={d}
              label={staffText(`findTimes.weekday.${d}`)}
              checked={form.days.includes(d)}
              onChange={() => onChange({ days: toggle(form.days, d) })}
            />
          ))}
        </fieldset>
        <DateListField
          label={staffText("findTimes.family.dateWorks")}
          add={staffText("findTimes.family.addDateWorks")}
          chip={(date) => staffText("findTimes.family.canDo", { date })}
          dates={form.dates}
          onChange={(dates) => onChange({ dates })}
        />
        <DateListField
          label={staffText("findTimes.family.dateAvoid")}
          add={staffText("findTimes.family.addDateAvoid")}
          chip={(date) => staffText("findTimes.family.avoid", { date })}
          dates={form.avoidDates}
          onChange={(avoidDates) => onChange({ avoidDates })}
        />
        <Field
          label={staffText("findTimes.family.zone")}
          hint={staffText("findTimes.family.zoneHint")}
          {...fieldProblem(problems.familyZone)}
        >
          <Input
            ref={fields.ref("familyZone")}
            value={form.familyZone}
            onChange={(_, d) => onChange({ familyZone: d.value })}
          />
        </Field>
        <Field
          label={staffText("findTimes.family.party")}
          hint={staffText("findTimes.family.partyHint")}
          {...fieldProblem(problems.partySize)}
        >
          <SpinButton
            ref={fields.ref("partySize")}
            value={form.partySize}
            displayValue={form.partySize === null ? "" : String(form.partySize)}
            min={PARTY_LIMITS.min}
            max={PARTY_LIMITS.max}
            onChange={(_, d) => onChange({ partySize: d.value ?? typedNumber(d.displayValue) })}
          />
        </Field>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{staffText("findTimes.family.adjustments")}</legend>
        <div className={styles.row}>
          {TICKED.map((a) => (
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
