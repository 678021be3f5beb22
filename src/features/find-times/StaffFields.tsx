import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import type { StaffMember } from "../../domain/school/people";
import { fieldProblem } from "./fieldProblem";
import type { FieldRefs } from "./fieldRefs";
import { type FindTimesForm, INVITATIONS, type Invitation } from "./findTimesForm";

const useStyles = makeStyles({
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
  staff: readonly StaffMember[];
  problem: string | undefined;
  fields: FieldRefs;
  onChange: (staff: Record<string, Invitation>) => void;
}

/** Who is asked to come, and who must be there. */
export function StaffFields({ form, staff, problem, fields, onChange }: Props) {
  const styles = useStyles();
  return (
    <Field label={staffText("findTimes.staff.label")} {...fieldProblem(problem)}>
      {(group) => (
        <fieldset className={styles.staff} {...group}>
          {staff.map((s, i) => (
            <div key={s.id} className={styles.staffRow}>
              <label id={`invite-${s.id}-label`} htmlFor={`invite-${s.id}`}>
                {s.name} <span>({s.jobTitle})</span>
              </label>
              <Select
                id={`invite-${s.id}`}
                ref={i === 0 ? fields.ref("staff") : undefined}
                // Named by its own label, not the field's; the field still marks it invalid and
                // describes it with the problem, which is about the whole list.
                aria-labelledby={`invite-${s.id}-label`}
                value={form.staff[s.email] ?? "no"}
                onChange={(_, d) => {
                  const how = INVITATIONS.find((x) => x === d.value);
                  if (how) onChange({ ...form.staff, [s.email]: how });
                }}
              >
                {INVITATIONS.map((how) => (
                  <option key={how} value={how}>
                    {staffText(`findTimes.invite.${how}`)}
                  </option>
                ))}
              </Select>
            </div>
          ))}
        </fieldset>
      )}
    </Field>
  );
}
