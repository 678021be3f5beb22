import { Field, Input, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import { staffText } from "../../domain/i18n/staffMessages";
import type { TimelineKind } from "../../domain/ports/records";
import { kindLook, TIMELINE_KINDS } from "../../domain/timeline/timelineKinds";

const useStyles = makeStyles({
  fieldset: { border: "none", padding: 0, margin: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  kinds: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  fields: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    marginBlock: tokens.spacingVerticalS,
  },
});

/** What the filter fields hold, as typed: dates as ISO strings from the date fields. */
export interface FilterFields {
  readonly kinds: ReadonlySet<TimelineKind>;
  readonly from: string;
  readonly to: string;
  readonly person: string;
}

export const EMPTY_FIELDS: FilterFields = { kinds: new Set(), from: "", to: "", person: "" };

interface Props {
  readonly value: FilterFields;
  readonly onChange: (next: FilterFields) => void;
  /** How many entries of each kind the timeline holds (kinds with none are not offered). */
  readonly counts: ReadonlyMap<TimelineKind, number>;
  readonly authors: readonly string[];
}

/** Narrow the timeline by kind (several at once), by dates, and by a person's name. */
export function TimelineFilters({ value, onChange, counts, authors }: Props) {
  const styles = useStyles();
  const toggle = (kind: TimelineKind) => {
    const kinds = new Set(value.kinds);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    onChange({ ...value, kinds });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{staffText("children.filter.show")}</legend>
      <div className={styles.kinds}>
        {TIMELINE_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((kind) => {
          const on = value.kinds.has(kind);
          return (
            <ToggleButton
              key={kind}
              size="small"
              checked={on}
              appearance={on ? "primary" : "secondary"}
              icon={on ? <CheckmarkRegular /> : undefined}
              onClick={() => toggle(kind)}
            >
              {kindLook(kind).plural} ({counts.get(kind) ?? 0})
            </ToggleButton>
          );
        })}
      </div>
      <div className={styles.fields}>
        <Field label={staffText("children.filter.from")}>
          <Input type="date" value={value.from} onChange={(_, d) => onChange({ ...value, from: d.value })} />
        </Field>
        <Field label={staffText("children.filter.to")}>
          <Input type="date" value={value.to} onChange={(_, d) => onChange({ ...value, to: d.value })} />
        </Field>
        <Field label={staffText("children.filter.person")} hint={staffText("children.filter.personHint")}>
          <Input
            value={value.person}
            list="timeline-authors"
            onChange={(_, d) => onChange({ ...value, person: d.value })}
          />
        </Field>
        <datalist id="timeline-authors">
          {authors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </div>
    </fieldset>
  );
}
