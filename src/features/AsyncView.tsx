import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
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
  if (state.status === "error") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{errorText(state.error)}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.retry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <>{props.children(state.value)}</>;
}
