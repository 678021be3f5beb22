import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import { sectionDifferences } from "../../domain/summaries/mergeDrafts";
import type { SummaryDraft } from "../../domain/summaries/summary";
import { errorText } from "../errorText";
import { sectionLabel } from "./summaryWords";
import type { SaveState } from "./useAutosave";

/** Where the draft is: saved, saving, kept on this device only, or in conflict with a colleague's save. */
export function SaveStatus(props: {
  state: SaveState;
  unsaved: boolean;
  time: (at: number) => string;
  onTheirs: () => void;
  onMine: () => void;
  onBoth: () => void;
  /** The draft on screen: shown beside theirs in a conflict. */
  mine: SummaryDraft;
}) {
  const { state } = props;
  if (state.kind === "conflict") {
    const differences = sectionDifferences(props.mine, state.theirs);
    const shown = (text: string) => text.trim() || staffText("draftConflict.empty");
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>
          <p>
            {staffText("draftConflict.told", {
              who: state.base.savedBy || staffText("draftConflict.someone"),
              time: props.time(state.base.savedAt),
            })}
          </p>
          <p>
            {differences.length > 0
              ? staffText("draftConflict.differences", { count: differences.length })
              : staffText("draftConflict.noDifferences")}
          </p>
          {differences.length > 0 && (
            <dl aria-label={staffText("draftConflict.differences", { count: differences.length })}>
              {differences.map((d) => (
                <div key={d.section}>
                  <dt>{sectionLabel(d.section)}</dt>
                  <dd>
                    {staffText("draftConflict.theirs")}: {shown(d.theirs)}
                  </dd>
                  <dd>
                    {staffText("draftConflict.yours")}: {shown(d.mine)}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <p>{staffText("draftConflict.keepBothHint")}</p>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={props.onBoth}>
            {staffText("draftConflict.keepBoth")}
          </Button>
          <Button onClick={props.onTheirs}>{staffText("draftConflict.reloadTheirs")}</Button>
          <Button onClick={props.onMine}>{staffText("draftConflict.keepMine")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const text =
    state.kind === "saving"
      ? staffText("summary.save.saving")
      : state.kind === "offline"
        ? staffText("summary.save.offline", { error: errorText(state.error) })
        : state.base
          ? state.base.savedBy
            ? staffText("summary.save.savedBy", {
                time: props.time(state.base.savedAt),
                who: state.base.savedBy,
              })
            : staffText("summary.save.saved", { time: props.time(state.base.savedAt) })
          : props.unsaved
            ? staffText("summary.save.restored")
            : staffText("summary.save.notYet");
  return (
    <Text role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </Text>
  );
}
