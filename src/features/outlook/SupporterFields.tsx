import { Checkbox, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import type { Supporter } from "../../domain/replies/replyAnswer";

const useStyles = makeStyles({
  set: { display: "grid", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export const NO_SUPPORTER: Supporter = { name: "", relationship: "", sharePapers: false, email: "" };

/** The supporter the family named, as staff heard it: whether they are invited depends on consent. */
export function SupporterFields({
  value,
  onChange,
}: {
  value: Supporter;
  onChange: (next: Supporter) => void;
}) {
  const styles = useStyles();
  return (
    <fieldset className={styles.set}>
      <legend className={styles.legend}>{staffText("outlook.supporter.legend")}</legend>
      <Text size={200}>{staffText("outlook.supporter.hint")}</Text>
      <Field label={staffText("outlook.supporter.name")}>
        <Input value={value.name} onChange={(_, d) => onChange({ ...value, name: d.value })} />
      </Field>
      <Field
        label={staffText("outlook.supporter.relationship")}
        hint={staffText("outlook.supporter.relationshipHint")}
      >
        <Input
          value={value.relationship}
          onChange={(_, d) => onChange({ ...value, relationship: d.value })}
        />
      </Field>
      <Field label={staffText("outlook.supporter.email")}>
        <Input
          type="email"
          value={value.email ?? ""}
          onChange={(_, d) => onChange({ ...value, email: d.value })}
        />
      </Field>
      <Checkbox
        label={staffText("outlook.supporter.consent")}
        checked={value.sharePapers}
        onChange={(_, d) => onChange({ ...value, sharePapers: d.checked === true })}
      />
    </fieldset>
  );
}
