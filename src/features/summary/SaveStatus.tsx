import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import { errorText } from "../errorText";
import type { SaveState } from "./useAutosave";

/** Where the draft is: saved, saving, kept on this device only, or in conflict with a colleague's save. */
export function SaveStatus(props: {
  state: SaveState;
  unsaved: boolean;
  time: (at: number) => string;
  onTheirs: () => void;
  onMine: () => void;
}) {
  const { state } = props;
  if (state.kind === "conflict")
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>
          {staffText("summary.save.conflict", {
            who: state.base.savedBy || staffText("summary.save.someone"),
            time: props.time(state.base.savedAt),
          })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onTheirs}>{staffText("summary.save.theirs")}</Button>
          <Button onClick={props.onMine}>{staffText("summary.save.mine")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
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
