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
import type { HostKind } from "../domain/ports/host";
import { HostStartError } from "./startHost";

const PLACES: Record<Exclude<HostKind, "standalone">, { app: string; where: string }> = {
  outlook: {
    app: "Outlook add-in",
    where: "It opens inside Outlook, in the pane beside an appointment or an email.",
  },
  teams: {
    app: "Teams app",
    where: "It opens inside Microsoft Teams, as a tab in a chat, a channel or your apps.",
  },
};

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
    const place = PLACES[outside];
    return (
      <FluentProvider theme={webLightTheme} style={{ padding: 16, display: "grid", gap: 12, maxWidth: 560 }}>
        <Text as="h1" size={500} weight="semibold">
          This is Common Ground's {place.app}
        </Text>
        <Text>{place.where} Here, in a web browser, use Common Ground as a web page instead.</Text>
        <Link href={browserAddress(window.location)} style={{ fontSize: 16 }}>
          Open Common Ground in the browser
        </Link>
      </FluentProvider>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Common Ground could not start</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    </FluentProvider>
  );
}
