import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { shellText } from "../domain/i18n/shellText";
import type { HostKind } from "../domain/ports/host";
import { HostStartError } from "./startHost";

/** This page's address without `?host=…`: the same app, as a web page. */
export function browserAddress(location: Pick<Location, "origin" | "pathname" | "search" | "hash">): string {
  const params = new URLSearchParams(location.search);
  params.delete("host");
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/**
 * A page opened for Outlook or Teams in a plain browser tab (not framed by anything): no error,
 * just where it belongs and a way to the browser version.
 */
export function openedOutsideHost(
  error: unknown,
  framed: boolean,
): Exclude<HostKind, "standalone"> | undefined {
  if (framed || !(error instanceof HostStartError) || error.kind === "standalone") return undefined;
  return error.kind;
}

/** What the user sees when the app cannot start: what happened and what to do, never a blank pane. */
export function StartupError({ error }: { error: unknown }) {
  const outside = openedOutsideHost(error, window.parent !== window);
  if (outside) {
    return (
      <FluentProvider theme={webLightTheme} style={{ padding: 16, display: "grid", gap: 12, maxWidth: 560 }}>
        <Text as="h1" size={500} weight="semibold">
          {shellText("shell.startup.thisIs", { app: shellText(`shell.startup.app.${outside}`) })}
        </Text>
        <Text>
          {shellText("shell.startup.inBrowser", { where: shellText(`shell.startup.where.${outside}`) })}
        </Text>
        <Link href={browserAddress(window.location)} style={{ fontSize: 16 }}>
          {shellText("shell.startup.openInBrowser")}
        </Link>
      </FluentProvider>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{shellText("shell.startup.failed")}</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{shellText("shell.tryAgain")}</Button>
        </MessageBarActions>
      </MessageBar>
    </FluentProvider>
  );
}
