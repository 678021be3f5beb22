import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { isServiceError } from "../domain/errors";
import { staffText } from "../domain/i18n/staffMessages";
import { Loading } from "../ui/Loading";
import { errorText } from "./errorText";
import type { AsyncState } from "./useAsync";

/** Shows progress, a plain-language error with a retry, or the content. */
export function AsyncView<T>(props: {
  state: AsyncState<T>;
  retry: () => void;
  loadingLabel: string;
  children: (value: T) => ReactNode;
}) {
  const { state } = props;
  if (state.status === "loading") return <Loading label={props.loadingLabel} />;
  if (state.status === "error" && isServiceError(state.error, "forbidden")) {
    // Not being allowed to read the pastoral records is a fact about the account, not a fault.
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{staffText("shell.noAccess")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status === "error") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{errorText(state.error)}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.retry}>{staffText("shell.tryAgain")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <>{props.children(state.value)}</>;
}
