import type { Host, HostKind } from "../domain/ports/host";

/** Why the app could not start in its host; shown to the user instead of a blank pane. */
export class HostStartError extends Error {
  constructor(
    readonly kind: HostKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "HostStartError";
  }
}

/** The host the page was opened for: the manifest puts `?host=teams` or `?host=outlook` on its URLs. */
export function hostHint(search: string): HostKind {
  const hint = new URLSearchParams(search).get("host");
  return hint === "teams" || hint === "outlook" ? hint : "standalone";
}

/** Each host's start-up, injectable so tests can use fakes of teams-js and Office.js. */
export interface HostStarters {
  teams(): Promise<Host>;
  outlook(): Promise<Host>;
  standalone(): Host;
}

const hostNames: Record<HostKind, string> = {
  teams: "Microsoft Teams",
  outlook: "Outlook",
  standalone: "the browser",
};

/**
 * Starts the hinted host, racing it against `timeoutMs`: the Teams and Office SDKs wait forever
 * when the page is not really inside their host, and a user must never be left with a blank pane.
 */
export async function startHost(kind: HostKind, starters: HostStarters, timeoutMs: number): Promise<Host> {
  if (kind === "standalone") return starters.standalone();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HostStartError(
            kind,
            `${hostNames[kind]} did not answer within ${Math.round(timeoutMs / 1000)} seconds. ` +
              `Close and reopen Common Ground; if this keeps happening, open it in a browser instead.`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([starters[kind](), timeout]);
  } catch (cause) {
    if (cause instanceof HostStartError) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new HostStartError(kind, `Common Ground could not start in ${hostNames[kind]}: ${detail}`, {
      cause,
    });
  } finally {
    clearTimeout(timer);
  }
}
