import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { createContext } from "react";
import type { HostKind } from "../domain/ports/host";
import type { SignOutOutcome } from "../domain/ports/session";
import { useServices } from "./services";

const HOST_NAMES: Readonly<Record<HostKind, string>> = {
  teams: "Microsoft Teams",
  outlook: "Outlook",
  standalone: "Microsoft 365",
};

/** What signing out did, in words for the person at a shared computer. */
export function signedOutText(outcome: SignOutOutcome, host: HostKind): string {
  const forgotten = "Common Ground has forgotten your sign-in and your drafts on this computer.";
  if (outcome === "hostKeepsSignIn")
    return `${forgotten} You are still signed in to ${HOST_NAMES[host]}: sign out of it too if others use this computer.`;
  if (outcome === "browserKeepsSignIn")
    return `${forgotten} The Microsoft sign-out window could not open, so close every window of this browser to finish signing out.`;
  return `You have signed out. ${forgotten}`;
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
        Signed out
      </h1>
      <Text role="status">{signedOutText(outcome, host.context.kind)}</Text>
    </main>
  );
}

/** The shell's answer to a sign-out: it replaces the app with {@link SignedOutPage}. */
export const SignedOutContext = createContext<((outcome: SignOutOutcome) => void) | undefined>(undefined);
