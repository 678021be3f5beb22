import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  tokens,
} from "@fluentui/react-components";
import { MEETING_TYPES, type MeetingTypeId } from "../../domain/meetings/meetingTypes";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { Child, StaffMember } from "../../domain/school/people";
import type { FindTimesForm, Invitation } from "./findTimesForm";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))",
  },
  staff: { display: "grid", gap: tokens.spacingVerticalXS, padding: 0, margin: 0, border: "none" },
  staffRow: {
    display: "grid",
    gridTemplateColumns: "1fr 9rem",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

interface Props {
  form: FindTimesForm;
  childList: readonly Child[];
  staff: readonly StaffMember[];
  onChange: (change: Partial<FindTimesForm>) => void;
  onType: (typeId: MeetingTypeId) => void;
  onChild: (childId: string) => void;
}

/** Who the meeting is for, what kind, who comes, how long, how, and when to look. */
export function MeetingFields({ form, childList, staff, onChange, onType, onChild }: Props) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.grid}>
        <Field label="Child" required>
          <Select value={form.childId} onChange={(_, d) => d.value && onChild(d.value)}>
            <option value="" disabled>
              Choose a child
            </option>
            {childList.map((c) => (
              <option key={c.id} value={c.id}>{`${c.name} (${c.yearGroup})`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Meeting type">
          <Select value={form.typeId} onChange={(_, d) => onType(d.value as MeetingTypeId)}>
            {MEETING_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Length (minutes)">
          <SpinButton
            value={form.minutes}
            min={15}
            max={180}
            step={15}
            onChange={(_, d) => onChange({ minutes: d.value ?? (Number(d.displayValue) || form.minutes) })}
          />
        </Field>
        <Field label="From">
          <Input type="date" value={form.from} onChange={(_, d) => onChange({ from: d.value })} />
        </Field>
        <Field label="To">
          <Input type="date" value={form.to} onChange={(_, d) => onChange({ to: d.value })} />
        </Field>
      </div>
      <Field label="Format">
        <RadioGroup
          layout="horizontal"
          value={form.format}
          onChange={(_, d) => onChange({ format: d.value as MeetingFormat })}
        >
          <Radio value="inPerson" label="In person" />
          <Radio value="online" label="Online (Teams)" />
          <Radio value="hybrid" label="Hybrid" />
        </RadioGroup>
      </Field>
      <fieldset className={styles.staff}>
        <legend>Staff and agencies</legend>
        {staff.map((s) => (
          <div key={s.id} className={styles.staffRow}>
            <label htmlFor={`invite-${s.id}`}>
              {s.name} <span>({s.jobTitle})</span>
            </label>
            <Select
              id={`invite-${s.id}`}
              value={form.staff[s.email] ?? "no"}
              onChange={(_, d) => onChange({ staff: { ...form.staff, [s.email]: d.value as Invitation } })}
            >
              <option value="no">Not invited</option>
              <option value="required">Must be there</option>
              <option value="optional">Optional</option>
            </Select>
          </div>
        ))}
      </fieldset>
    </>
  );
}
