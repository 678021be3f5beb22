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
import { staffText } from "../../domain/i18n/staffMessages";
import { MEETING_TYPES, type MeetingTypeId } from "../../domain/meetings/meetingTypes";
import type { MeetingFormat } from "../../domain/scheduling/freeBusy";
import type { Child, StaffMember } from "../../domain/school/people";
import { LENGTH_LIMITS, typedNumber } from "./fieldChecks";
import { fieldProblem } from "./fieldProblem";
import type { FieldRefs } from "./fieldRefs";
import type { FieldProblems, FindTimesForm } from "./findTimesForm";
import { effectiveFormat, formatDescription } from "./meetingFormat";
import { StaffFields } from "./StaffFields";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))",
  },
});

const FORMATS: readonly MeetingFormat[] = ["inPerson", "online", "hybrid"];

interface Props {
  form: FindTimesForm;
  problems: FieldProblems;
  fields: FieldRefs;
  childList: readonly Child[];
  staff: readonly StaffMember[];
  onChange: (change: Partial<FindTimesForm>) => void;
  onType: (typeId: MeetingTypeId) => void;
  onChild: (childId: string) => void;
}

/** Who the meeting is for, what kind, who comes, how long, how, and when to look. */
export function MeetingFields({
  form,
  problems,
  fields,
  childList,
  staff,
  onChange,
  onType,
  onChild,
}: Props) {
  const styles = useStyles();
  const format = effectiveFormat(form.format, form.adjustments.includes("online"));
  return (
    <>
      <div className={styles.grid}>
        <Field label={staffText("findTimes.meeting.child")} required {...fieldProblem(problems.child)}>
          <Select
            ref={fields.ref("child")}
            value={form.childId}
            onChange={(_, d) => d.value && onChild(d.value)}
          >
            <option value="" disabled>
              {staffText("findTimes.meeting.chooseChild")}
            </option>
            {childList.map((c) => (
              <option key={c.id} value={c.id}>{`${c.name} (${c.yearGroup})`}</option>
            ))}
          </Select>
        </Field>
        <Field label={staffText("findTimes.meeting.type")}>
          <Select
            value={form.typeId}
            onChange={(_, d) => {
              const type = MEETING_TYPES.find((t) => t.id === d.value);
              if (type) onType(type.id);
            }}
          >
            {MEETING_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={staffText("findTimes.meeting.length")} {...fieldProblem(problems.minutes)}>
          <SpinButton
            ref={fields.ref("minutes")}
            value={form.minutes}
            // Always show what was typed (1.5 stays 1.5), so a refused length is visible as typed.
            displayValue={form.minutes === null ? "" : String(form.minutes)}
            min={LENGTH_LIMITS.min}
            max={LENGTH_LIMITS.max}
            step={15}
            onChange={(_, d) => onChange({ minutes: d.value ?? typedNumber(d.displayValue) })}
          />
        </Field>
        <Field label={staffText("findTimes.meeting.from")} {...fieldProblem(problems.from)}>
          <Input
            ref={fields.ref("from")}
            type="date"
            value={form.from}
            onChange={(_, d) => onChange({ from: d.value })}
          />
        </Field>
        <Field label={staffText("findTimes.meeting.to")} {...fieldProblem(problems.to)}>
          <Input
            ref={fields.ref("to")}
            type="date"
            value={form.to}
            onChange={(_, d) => onChange({ to: d.value })}
          />
        </Field>
      </div>
      <Field
        label={staffText("findTimes.meeting.format")}
        hint={format === form.format ? undefined : `${formatDescription(form.format, format)}.`}
      >
        <RadioGroup
          layout="horizontal"
          value={form.format}
          onChange={(_, d) => {
            const chosen = FORMATS.find((f) => f === d.value);
            if (chosen) onChange({ format: chosen });
          }}
        >
          {FORMATS.map((value) => (
            <Radio key={value} value={value} label={staffText(`findTimes.format.${value}`)} />
          ))}
        </RadioGroup>
      </Field>
      <StaffFields
        form={form}
        staff={staff}
        problem={problems.staff}
        fields={fields}
        onChange={(invited) => onChange({ staff: invited })}
      />
    </>
  );
}
