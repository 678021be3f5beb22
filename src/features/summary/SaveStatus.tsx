import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
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
          {state.base.savedBy || "Someone"} saved this summary at {props.time(state.base.savedAt)}, after you
          opened it. Your changes are kept on this device until you choose.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onTheirs}>Reload their version</Button>
          <Button onClick={props.onMine}>Keep mine</Button>
        </MessageBarActions>
      </MessageBar>
    );
  const text =
    state.kind === "saving"
      ? "Saving…"
      : state.kind === "offline"
        ? `Not saved to the school's records yet: ${errorText(state.error)} Your changes are kept on this device and will be saved when you next type.`
        : state.base
          ? `Saved at ${props.time(state.base.savedAt)}${state.base.savedBy ? ` by ${state.base.savedBy}` : ""}.`
          : props.unsaved
            ? "Restored from this device."
            : "Not saved yet: it saves as you type.";
  return (
    <Text role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </Text>
  );
}
