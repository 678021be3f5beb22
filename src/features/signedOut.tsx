import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { createContext } from "react";
import { shellText } from "../domain/i18n/shellText";
import type { HostKind } from "../domain/ports/host";
import type { SignOutOutcome } from "../domain/ports/session";
import { useServices } from "./services";

/** What signing out did, in words for the person at a shared computer. */
export function signedOutText(outcome: SignOutOutcome, host: HostKind): string {
  const forgotten = shellText("shell.signedOut.forgotten");
  if (outcome === "hostKeepsSignIn")
    return shellText("shell.signedOut.hostKeepsSignIn", {
      forgotten,
      host: shellText(`shell.signedOut.host.${host}`),
    });
  if (outcome === "browserKeepsSignIn") return shellText("shell.signedOut.browserKeepsSignIn", { forgotten });
  return shellText("shell.signedOut.done", { forgotten });
}

const useStyles = makeStyles({
  page: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    maxWidth: "640px",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  heading: { margin: 0 },
});

/** The page shown in place of the app once the user has signed out: nothing of theirs stays on screen. */
export function SignedOutPage({ outcome }: { outcome: SignOutOutcome }) {
  const { host } = useServices();
  const styles = useStyles();
  return (
    <main aria-labelledby="signed-out-heading" className={styles.page}>
      <h1 id="signed-out-heading" className={styles.heading}>
        {shellText("shell.signedOut.heading")}
      </h1>
      <Text role="status">{signedOutText(outcome, host.context.kind)}</Text>
    </main>
  );
}

/** The shell's answer to a sign-out: it replaces the app with {@link SignedOutPage}. */
export const SignedOutContext = createContext<((outcome: SignOutOutcome) => void) | undefined>(undefined);
