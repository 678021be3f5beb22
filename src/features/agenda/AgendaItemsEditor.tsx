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
import { type AgendaItem, agendaOverrun } from "../../domain/agendas/agenda";
import { AGENDA_LEADS, type AgendaLead } from "../../domain/agendas/agendaTemplates";
import { staffText } from "../../domain/i18n/staffMessages";

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
  const overrun = props.budgetMinutes === undefined ? undefined : agendaOverrun(items, props.budgetMinutes);
  const minutesOk = (m: number) => Number.isInteger(m) && m >= 0 && m <= 240;
  return (
    <div>
      <ol className={styles.list} aria-label={staffText("agenda.items")}>
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <li key={item.id} className={styles.row} aria-label={staffText("agenda.item", { n })}>
              <Text weight="semibold">{n}.</Text>
              {item.fromCarer ? (
                <Field
                  label={staffText("agenda.familyItem", {
                    n,
                    name: props.familyName?.(item.fromCarer) ?? staffText("agenda.theFamily"),
                  })}
                >
                  <Text className={styles.family}>{item.title}</Text>
                </Field>
              ) : (
                <Field
                  label={staffText("agenda.item", { n })}
                  validationMessage={item.title.trim() ? undefined : staffText("agenda.itemTitleNeeded")}
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
              <Field
                label={staffText("agenda.itemMinutes", { n })}
                validationMessage={
                  minutesOk(item.minutes) ? undefined : staffText("agenda.itemMinutesNeeded")
                }
              >
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
              <Field label={staffText("agenda.itemLead", { n })}>
                <Select
                  value={item.lead}
                  disabled={props.disabled}
                  onChange={(_, d) => update(i, { lead: d.value as AgendaLead })}
                >
                  {AGENDA_LEADS.map((l) => (
                    <option key={l} value={l}>
                      {staffText(`agenda.lead.${l}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={styles.buttons}>
                <Button
                  size="small"
                  disabled={props.disabled || i === 0}
                  aria-label={staffText("agenda.moveUp", { n })}
                  onClick={() => onChange(move(items, i, i - 1))}
                >
                  {staffText("agenda.up")}
                </Button>
                <Button
                  size="small"
                  disabled={props.disabled || i === items.length - 1}
                  aria-label={staffText("agenda.moveDown", { n })}
                  onClick={() => onChange(move(items, i, i + 1))}
                >
                  {staffText("agenda.down")}
                </Button>
                <Button
                  size="small"
                  disabled={props.disabled}
                  aria-label={staffText("agenda.removeItem", { n })}
                  onClick={() => onChange(items.filter((_, k) => k !== i))}
                >
                  {staffText("agenda.remove")}
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
          {staffText("agenda.addItem")}
        </Button>
      </div>
      <p aria-live="polite">
        {props.budgetMinutes === undefined
          ? staffText("agenda.total", { total })
          : staffText("agenda.totalOf", { total, booked: props.budgetMinutes })}
      </p>
      {overrun && (
        <MessageBar intent="warning">
          <MessageBarBody>{staffText("agenda.overrun", overrun)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
