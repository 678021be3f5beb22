import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { AgendaItem } from "../../domain/agendas/agenda";
import { AGENDA_LEADS, type AgendaLead } from "../../domain/agendas/agendaTemplates";

export const LEAD_WORDS: Record<AgendaLead, string> = {
  chair: "Chair",
  family: "The family",
  child: "The child",
  classTeacher: "Class teacher",
  senco: "SENCo",
  guidanceTeacher: "Guidance teacher",
  headteacher: "Headteacher",
  everyone: "Everyone",
};

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    gridTemplateColumns: "2rem minmax(12rem, 1fr) 6rem 10rem auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 640px)": { gridTemplateColumns: "2rem 1fr" },
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  family: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** An item as the editor changes it: a new id when added; the built-in wording dropped when reworded. */
export type EditableItem = AgendaItem;

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Staff's editor for a list of agenda items: reorder, reword, time, who leads, add and remove. A
 * family's own item keeps their words (it can be moved, timed or removed, not reworded). The
 * minutes are added up against the meeting's length.
 */
export function AgendaItemsEditor(props: {
  items: readonly EditableItem[];
  onChange: (items: EditableItem[]) => void;
  newId: () => string;
  /** Who asked for a family item, by carer id. */
  familyName?: (carerId: string) => string;
  /** The booked length, to add the minutes up against. */
  budgetMinutes?: number;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const { items, onChange } = props;
  const update = (i: number, change: Partial<EditableItem>) =>
    onChange(items.map((item, k) => (k === i ? { ...item, ...change } : item)));
  const total = items.reduce((sum, i) => sum + (Number.isFinite(i.minutes) ? i.minutes : 0), 0);
  const over = props.budgetMinutes !== undefined && total > props.budgetMinutes;
  return (
    <div>
      <ol className={styles.list} aria-label="Agenda items">
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <li key={item.id} className={styles.row} aria-label={`Item ${n}`}>
              <Text weight="semibold">{n}.</Text>
              {item.fromCarer ? (
                <Field
                  label={`Item ${n}: asked by ${props.familyName?.(item.fromCarer) ?? "the family"}, in their words`}
                >
                  <Text className={styles.family}>{item.title}</Text>
                </Field>
              ) : (
                <Field
                  label={`Item ${n}`}
                  validationMessage={item.title.trim() ? undefined : "Write what this item is about"}
                >
                  <Input
                    value={item.title}
                    disabled={props.disabled}
                    maxLength={300}
                    onChange={(_, d) => {
                      const { key: _dropped, ...rest } = item;
                      update(i, { ...rest, key: undefined, title: d.value });
                    }}
                  />
                </Field>
              )}
              <Field label={`Minutes for item ${n}`}>
                <Input
                  type="number"
                  min={0}
                  max={240}
                  step={5}
                  value={Number.isFinite(item.minutes) ? String(item.minutes) : ""}
                  disabled={props.disabled}
                  onChange={(_, d) => update(i, { minutes: d.value === "" ? Number.NaN : Number(d.value) })}
                />
              </Field>
              <Field label={`Who leads item ${n}`}>
                <Select
                  value={item.lead}
                  disabled={props.disabled}
                  onChange={(_, d) => update(i, { lead: d.value as AgendaLead })}
                >
                  {AGENDA_LEADS.map((l) => (
                    <option key={l} value={l}>
                      {LEAD_WORDS[l]}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={styles.buttons}>
                <Button
                  size="small"
                  disabled={props.disabled || i === 0}
                  aria-label={`Move item ${n} up`}
                  onClick={() => onChange(move(items, i, i - 1))}
                >
                  Up
                </Button>
                <Button
                  size="small"
                  disabled={props.disabled || i === items.length - 1}
                  aria-label={`Move item ${n} down`}
                  onClick={() => onChange(move(items, i, i + 1))}
                >
                  Down
                </Button>
                <Button
                  size="small"
                  disabled={props.disabled}
                  aria-label={`Remove item ${n}`}
                  onClick={() => onChange(items.filter((_, k) => k !== i))}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.buttons} style={{ marginTop: tokens.spacingVerticalS }}>
        <Button
          disabled={props.disabled}
          onClick={() => onChange([...items, { id: props.newId(), title: "", minutes: 5, lead: "chair" }])}
        >
          Add an item
        </Button>
      </div>
      <p aria-live="polite">
        {props.budgetMinutes === undefined
          ? `${total} minutes in all.`
          : `${total} of ${props.budgetMinutes} minutes planned.`}
      </p>
      {over && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The items add up to {total - (props.budgetMinutes ?? 0)} minutes more than the meeting is booked
            for. Shorten or remove an item.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
