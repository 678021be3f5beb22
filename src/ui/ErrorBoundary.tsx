import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { shellText } from "../domain/i18n/shellText";

interface Props {
  children: ReactNode;
  /** Shown above the technical detail, in plain words. */
  title?: string;
}

interface State {
  error: Error | undefined;
}

/** Catches a crash in one area so the rest of the app keeps working, and says what to do next. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Unexpected error in", info.componentStack, error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title ?? shellText("shell.crash.title")}</MessageBarTitle>
          {shellText("shell.crash.body", { message: error.message })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: undefined })}>{shellText("shell.tryAgain")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
