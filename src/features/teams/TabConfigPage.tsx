import {
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { type DashboardScope, scopeToken } from "../../domain/dashboard/scope";
import { staffText } from "../../domain/i18n/staffMessages";
import type { TabSettings } from "../../domain/ports/tab-config";
import type { Child } from "../../domain/school/people";
import { AsyncView } from "../AsyncView";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "480px" },
});

type Choice = "caseload" | "year" | "child";

/** The scope chosen so far, or undefined while it is incomplete (a year group or child still to pick). */
export function chosenScope(choice: Choice, yearGroup: string, childId: string): DashboardScope | undefined {
  if (choice === "caseload") return { kind: "caseload" };
  if (choice === "year") return yearGroup ? { kind: "year", yearGroup } : undefined;
  return childId ? { kind: "child", childId } : undefined;
}

/**
 * What Teams saves for a scope. The tab's name and address carry only the year group or the
 * child's opaque id: a tab's name shows in the channel for everyone in the team.
 */
export function tabSettings(scope: DashboardScope, appBase: string): TabSettings {
  const path = scope.kind === "child" ? routes.child(scope.childId) : routes.dashboard(scope);
  const name =
    scope.kind === "caseload"
      ? staffText("teams.tabName.caseload")
      : scope.kind === "year"
        ? staffText("teams.tabName.year", { yearGroup: scope.yearGroup })
        : staffText("teams.tabName.child");
  return {
    entityId: scopeToken(scope),
    contentUrl: `${appBase}?host=teams${path}`,
    websiteUrl: `${appBase}${path}`,
    suggestedDisplayName: name,
  };
}

/** The app's page address without query or fragment, e.g. `https://cg.school.org/index.html`. */
function appBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

function yearGroups(children: readonly Child[]): string[] {
  return [...new Set(children.map((c) => c.yearGroup.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, "en-GB", { numeric: true }),
  );
}

/**
 * A channel tab's configuration page: the team chooses what the tab shows (the whole caseload, a
 * year group, or one child) and Teams' Save button saves it with `pages.config`.
 */
export function TabConfigPage() {
  const { host, directory } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync(() => directory.children(), [directory]);
  const [choice, setChoice] = useState<Choice>("caseload");
  const [yearGroup, setYearGroup] = useState("");
  const [childId, setChildId] = useState("");
  const scope = useMemo(() => chosenScope(choice, yearGroup, childId), [choice, yearGroup, childId]);
  const config = host.tabConfig;
  // The save handler is registered once; it reads the latest choice when Save is pressed.
  const latest = useRef(scope);
  latest.current = scope;

  useEffect(() => {
    if (!config) return;
    config.onSave(() => {
      const chosen = latest.current;
      if (!chosen) throw new Error(staffText("teams.chooseFirst"));
      return tabSettings(chosen, appBase());
    });
    config.onRemove(() => undefined);
  }, [config]);
  useEffect(() => config?.setValid(scope !== undefined), [config, scope]);

  return (
    <section aria-labelledby="tab-config-heading">
      <h2 id="tab-config-heading">{staffText("teams.heading")}</h2>
      {!config && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{staffText("teams.outsideTeams")}</MessageBarBody>
        </MessageBar>
      )}
      <AsyncView state={state} retry={retry} loadingLabel={staffText("teams.loading")}>
        {(children) => (
          <div className={styles.form}>
            <Field label={staffText("teams.show")}>
              <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value as Choice)}>
                <Radio value="caseload" label={staffText("teams.show.caseload")} />
                <Radio value="year" label={staffText("teams.show.year")} />
                <Radio value="child" label={staffText("teams.show.child")} />
              </RadioGroup>
            </Field>
            {choice === "year" && (
              <Field label={staffText("teams.yearGroup")}>
                <Select value={yearGroup} onChange={(_, d) => setYearGroup(d.value)}>
                  <option value="">{staffText("teams.chooseYearGroup")}</option>
                  {yearGroups(children).map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {choice === "child" && (
              <Field label={staffText("teams.child")} hint={staffText("teams.childHint")}>
                <Select value={childId} onChange={(_, d) => setChildId(d.value)}>
                  <option value="">{staffText("teams.chooseChild")}</option>
                  {[...children]
                    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} ({c.yearGroup})
                      </option>
                    ))}
                </Select>
              </Field>
            )}
            {/* Announced as it changes: whether Save is enabled, and the tab's name. */}
            <Text role="status">
              {scope
                ? staffText("teams.willBeCalled", { name: tabSettings(scope, "").suggestedDisplayName })
                : staffText("teams.chooseToSave")}
            </Text>
          </div>
        )}
      </AsyncView>
    </section>
  );
}
