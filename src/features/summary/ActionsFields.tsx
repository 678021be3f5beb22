import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import type { SummaryAction, SummaryDraft } from "../../domain/summaries/summary";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalM, padding: 0, margin: 0, listStyle: "none" },
  action: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))",
    alignItems: "end",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Long names in the owner list must not widen the page on a 320 px screen.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  selectInner: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

const OTHER = "__other";

/** The actions: what, who (anyone: staff, the family, someone who was not there) and by when. */
export function ActionsFields(props: {
  draft: SummaryDraft;
  carers: readonly { id: string; name: string; email: string }[];
  newId: () => string;
  onChange: (actions: readonly SummaryAction[]) => void;
}) {
  const styles = useStyles();
  const { draft } = props;
  const staff = draft.people.filter((p) => !props.carers.some((c) => c.email === p.email) && p.email);
  const set = (i: number, change: Partial<SummaryAction>) =>
    props.onChange(draft.actions.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const ownerKey = (a: SummaryAction) =>
    a.owner.carerId
      ? `carer:${a.owner.carerId}`
      : a.owner.email && staff.some((s) => s.email === a.owner.email)
        ? `staff:${a.owner.email}`
        : a.owner.name
          ? OTHER
          : "";
  const choose = (i: number, key: string) => {
    const carer = props.carers.find((c) => `carer:${c.id}` === key);
    const member = staff.find((s) => `staff:${s.email}` === key);
    if (carer) set(i, { owner: { name: carer.name, email: carer.email, carerId: carer.id } });
    else if (member) set(i, { owner: { name: member.name, email: member.email, carerId: "" } });
    else set(i, { owner: { name: key === OTHER ? " " : "", email: "", carerId: "" } });
  };
  return (
    <fieldset>
      <legend>{staffText("summary.actions.legend")}</legend>
      <ol className={styles.list}>
        {draft.actions.map((a, i) => (
          <li
            key={a.id}
            className={styles.action}
            aria-label={staffText("summary.actions.item", { number: i + 1 })}
          >
            <Field label={staffText("summary.actions.what", { number: i + 1 })} className={styles.field}>
              <Input value={a.what} onChange={(_, d) => set(i, { what: d.value })} />
            </Field>
            <Field label={staffText("summary.actions.who")} className={styles.field}>
              <Select
                className={styles.select}
                select={{ className: styles.selectInner }}
                value={ownerKey(a)}
                onChange={(_, d) => choose(i, d.value)}
              >
                <option value="">{staffText("summary.actions.choose")}</option>
                {staff.map((s) => (
                  <option key={s.email} value={`staff:${s.email}`}>
                    {staffText("summary.actions.staff", { name: s.name, role: s.role })}
                  </option>
                ))}
                {props.carers.map((c) => (
                  <option key={c.id} value={`carer:${c.id}`}>
                    {staffText("summary.actions.family", { name: c.name })}
                  </option>
                ))}
                <option value={OTHER}>{staffText("summary.actions.other")}</option>
              </Select>
            </Field>
            {ownerKey(a) === OTHER && (
              <Field label={staffText("summary.actions.otherName")}>
                <Input
                  value={a.owner.name.trim() === "" ? "" : a.owner.name}
                  onChange={(_, d) => set(i, { owner: { name: d.value || " ", email: "", carerId: "" } })}
                />
              </Field>
            )}
            <Field label={staffText("summary.actions.due")} className={styles.field}>
              <Input type="date" value={a.due} onChange={(_, d) => set(i, { due: d.value })} />
            </Field>
            <Button onClick={() => props.onChange(draft.actions.filter((_, j) => j !== i))}>
              {staffText("summary.actions.remove", { number: i + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        onClick={() =>
          props.onChange([
            ...draft.actions,
            { id: props.newId(), what: "", owner: { name: "", email: "", carerId: "" }, due: "" },
          ])
        }
      >
        {staffText("summary.actions.add")}
      </Button>
    </fieldset>
  );
}
