import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AgendaItem } from "../../domain/agendas/agenda";
import type { AgendaTemplate } from "../../domain/agendas/agendaTemplates";
import { MEETING_TYPES } from "../../domain/meetings/meetingTypes";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { AgendaItemsEditor } from "./AgendaItemsEditor";

const useStyles = makeStyles({
  // minmax(0, 1fr): a long template name in the menu must not widen the page past a 320 px pane.
  stack: { display: "grid", gap: tokens.spacingVerticalS, gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

const JURISDICTION = { scotland: "Scotland", england: "England", both: "Scotland and England" };
const typeLabel = (id: string) => MEETING_TYPES.find((t) => t.id === id)?.label ?? id;

/** Settings: the agenda templates, built-in and the school's own; change one or start a new one from it. */
export function AgendaTemplatesPanel() {
  const { agendas } = useServices();
  const [state, retry] = useAsync(() => agendas.templates(), [agendas]);
  return (
    <section aria-labelledby="templates-heading">
      <h3 id="templates-heading">Agenda templates</h3>
      <AsyncView state={state} retry={retry} loadingLabel="Reading the agenda templates…">
        {(templates) => <TemplateEditor templates={templates} reload={retry} />}
      </AsyncView>
    </section>
  );
}

function TemplateEditor({ templates, reload }: { templates: readonly AgendaTemplate[]; reload: () => void }) {
  const { agendas, random } = useServices();
  const styles = useStyles();
  const [chosen, setChosen] = useState(templates[0]?.id ?? "");
  const original = templates.find((t) => t.id === chosen);
  const [draft, setDraft] = useState<AgendaTemplate | undefined>(original);
  const [saved, setSaved] = useState(false);
  const save = useAction(
    (t: AgendaTemplate) => agendas.saveTemplate(t),
    () => {
      setSaved(true);
      reload();
    },
  );
  const pick = (id: string) => {
    setChosen(id);
    setDraft(templates.find((t) => t.id === id));
    setSaved(false);
  };
  const newId = () => `own-${Math.floor(random() * 2 ** 32).toString(36)}`;
  return (
    <div className={styles.stack}>
      <p>
        Each kind of meeting starts its agenda from a template. Change one for your school, or start a new one
        from it; built-in items are sent in each family's language, and your own words as you write them.
      </p>
      <Field label="Template">
        <Select className={styles.select} value={chosen} onChange={(_, d) => pick(d.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label} ({typeLabel(t.typeId)}, {JURISDICTION[t.jurisdiction]})
            </option>
          ))}
        </Select>
      </Field>
      {draft && (
        <>
          <Field label="Template name">
            <Input
              value={draft.label}
              onChange={(_, d) => setDraft({ ...draft, label: d.value })}
              maxLength={120}
            />
          </Field>
          <AgendaItemsEditor
            items={draft.items.map((item, i) => ({ ...item, id: `i${i}` }))}
            onChange={(items: AgendaItem[]) =>
              setDraft({ ...draft, items: items.map(({ id: _id, fromCarer: _f, ...item }) => item) })
            }
            newId={() => `i${draft.items.length}`}
            disabled={save.busy}
          />
          <div className={styles.row}>
            <Button appearance="primary" disabled={save.busy} onClick={() => void save.run(draft)}>
              Save for this school
            </Button>
            <Button
              disabled={save.busy}
              onClick={() => void save.run({ ...draft, id: newId(), label: `${draft.label} (copy)` })}
            >
              Save as a new template
            </Button>
          </div>
        </>
      )}
      {save.busy && <Loading label="Saving…" />}
      {save.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      {saved && !save.busy && save.error === undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Saved. New agendas of this kind start from it.</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
