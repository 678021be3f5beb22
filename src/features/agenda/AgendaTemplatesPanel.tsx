import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { AgendaItem } from "../../domain/agendas/agenda";
import {
  type AgendaTemplate,
  type TemplateOrigin,
  templateOrigin,
} from "../../domain/agendas/agendaTemplates";
import { type TemplateIssue, templateIssues } from "../../domain/agendas/templateSchema";
import { staffText } from "../../domain/i18n/staffMessages";
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

type Done = "saved" | "deleted" | "wasReset";

const typeLabel = (id: string) => MEETING_TYPES.find((t) => t.id === id)?.label ?? id;

/** Settings: the agenda templates, built-in and the school's own; change, copy, delete or reset one. */
export function AgendaTemplatesPanel() {
  const { agendas } = useServices();
  // Kept here: the editor starts afresh from each reload, the choice and the message outlive it.
  const [chosen, setChosen] = useState<string>();
  const [done, setDone] = useState<Done>();
  // A new editor for each read, so it starts from what was saved (a fast read may skip "loading").
  const reads = useRef(0);
  const [state, retry] = useAsync(async () => {
    const [all, own] = await Promise.all([agendas.templates(), agendas.schoolTemplates()]);
    reads.current += 1;
    return { all, own, read: reads.current };
  }, [agendas]);
  return (
    <section aria-labelledby="templates-heading">
      <h3 id="templates-heading">{staffText("agenda.templates.heading")}</h3>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("agenda.templates.reading")}>
        {({ all, own, read }) => (
          <TemplateEditor
            key={read}
            templates={all}
            own={own}
            reload={retry}
            chosen={chosen && all.some((t) => t.id === chosen) ? chosen : (all[0]?.id ?? "")}
            setChosen={setChosen}
            done={done}
            setDone={setDone}
          />
        )}
      </AsyncView>
    </section>
  );
}

function TemplateEditor({
  templates,
  own,
  reload,
  chosen,
  setChosen,
  done,
  setDone,
}: {
  templates: readonly AgendaTemplate[];
  own: readonly AgendaTemplate[];
  reload: () => void;
  chosen: string;
  setChosen: (id: string | undefined) => void;
  done: Done | undefined;
  setDone: (done: Done | undefined) => void;
}) {
  const { agendas, random } = useServices();
  const styles = useStyles();
  const original = templates.find((t) => t.id === chosen);
  const [draft, setDraft] = useState<AgendaTemplate | undefined>(original);
  // Problems are shown once staff try to save, then kept up to date as they fix them.
  const [tried, setTried] = useState(false);
  const issues = draft && tried ? templateIssues(draft) : [];
  const has = (code: TemplateIssue["code"]) => issues.some((i) => i.code === code);
  const save = useAction(
    async (t: AgendaTemplate) => {
      await agendas.saveTemplate(t);
      return t;
    },
    (t) => {
      setChosen(t.id);
      setDone("saved");
      reload();
    },
  );
  const remove = useAction(
    async (id: string, was: TemplateOrigin) => {
      await agendas.deleteTemplate(id);
      return { id, was };
    },
    ({ id, was }) => {
      // Deleted: the first template is shown; reset: the same one, with the built-in words again.
      setChosen(was === "own" ? undefined : id);
      setDone(was === "own" ? "deleted" : "wasReset");
      reload();
    },
  );
  const busy = save.busy || remove.busy;
  const pick = (id: string) => {
    setChosen(id);
    setDraft(templates.find((t) => t.id === id));
    setTried(false);
    setDone(undefined);
  };
  const trySave = (t: AgendaTemplate) => {
    setTried(true);
    setDone(undefined);
    if (templateIssues(t).length === 0) void save.run(t);
  };
  const origin = templateOrigin(chosen, own);
  const newId = () => `own-${Math.floor(random() * 2 ** 32).toString(36)}`;
  return (
    <div className={styles.stack}>
      <p>{staffText("agenda.templates.intro")}</p>
      <Field label={staffText("agenda.templates.template")}>
        <Select className={styles.select} value={chosen} onChange={(_, d) => pick(d.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {staffText("agenda.templates.option", {
                label: t.label,
                type: typeLabel(t.typeId),
                jurisdiction: staffText(`agenda.templates.${t.jurisdiction}`),
              })}
            </option>
          ))}
        </Select>
      </Field>
      {draft && (
        <>
          <div>
            <Badge appearance="tint" color={origin === "builtIn" ? "informative" : "brand"}>
              {staffText(`agenda.templates.origin.${origin}`)}
            </Badge>
          </div>
          <Field
            label={staffText("agenda.templates.name")}
            validationMessage={has("noName") ? staffText("agenda.templates.nameNeeded") : undefined}
          >
            <Input
              value={draft.label}
              onChange={(_, d) => setDraft({ ...draft, label: d.value })}
              maxLength={120}
            />
          </Field>
          {origin === "own" && (
            <Field label={staffText("agenda.templates.type")}>
              <Select
                className={styles.select}
                value={draft.typeId}
                disabled={busy}
                onChange={(_, d) => {
                  const type = MEETING_TYPES.find((t) => t.id === d.value);
                  if (type) setDraft({ ...draft, typeId: type.id });
                }}
              >
                {MEETING_TYPES.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <AgendaItemsEditor
            items={draft.items.map((item, i) => ({ ...item, id: `i${i}` }))}
            onChange={(items: AgendaItem[]) =>
              setDraft({ ...draft, items: items.map(({ id: _id, fromCarer: _f, ...item }) => item) })
            }
            newId={() => `i${draft.items.length}`}
            disabled={busy}
          />
          {has("noItems") && (
            <MessageBar intent="error">
              <MessageBarBody>{staffText("agenda.templates.itemsNeeded")}</MessageBarBody>
            </MessageBar>
          )}
          {issues.length > 0 && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{staffText("agenda.templates.fix", { count: issues.length })}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => trySave(draft)}>
              {staffText("agenda.templates.save")}
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                trySave({
                  ...draft,
                  id: newId(),
                  label: staffText("agenda.templates.copyName", { label: draft.label }),
                })
              }
            >
              {staffText("agenda.templates.saveCopy")}
            </Button>
            {origin !== "builtIn" && (
              <Button
                disabled={busy}
                onClick={() => {
                  setDone(undefined);
                  void remove.run(chosen, origin);
                }}
              >
                {staffText(origin === "own" ? "agenda.templates.delete" : "agenda.templates.reset")}
              </Button>
            )}
          </div>
        </>
      )}
      {busy && <Loading label={staffText("agenda.templates.saving")} />}
      {(save.error ?? remove.error) !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(save.error ?? remove.error)}</MessageBarBody>
        </MessageBar>
      )}
      {done && !busy && save.error === undefined && remove.error === undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{staffText(`agenda.templates.${done}`)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
