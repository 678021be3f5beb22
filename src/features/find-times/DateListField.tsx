import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

interface Props {
  label: string;
  add: string;
  /** How a chosen date is shown on its remove button, e.g. "Avoid 2026-12-01". */
  chip: (date: string) => string;
  dates: readonly string[];
  onChange: (dates: string[]) => void;
}

/** A list of ISO dates: pick one, add it, remove any. */
export function DateListField({ label, add, chip, dates, onChange }: Props) {
  const styles = useStyles();
  const [date, setDate] = useState("");
  return (
    <>
      <div className={styles.row}>
        <Field label={label}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Button
          disabled={!date}
          onClick={() => {
            onChange([...new Set([...dates, date])].sort());
            setDate("");
          }}
        >
          {add}
        </Button>
      </div>
      {dates.length > 0 && (
        <div className={styles.row}>
          {dates.map((d) => (
            <Button
              key={d}
              size="small"
              onClick={() => onChange(dates.filter((x) => x !== d))}
              aria-label={staffText("findTimes.dates.remove", { date: chip(d) })}
            >
              {chip(d)} ✕
            </Button>
          ))}
        </div>
      )}
    </>
  );
}
