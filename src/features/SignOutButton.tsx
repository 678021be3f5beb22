import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useContext, useState } from "react";
import { shellText } from "../domain/i18n/shellText";
import type { SignOutOutcome } from "../domain/ports/session";
import { errorText } from "./errorText";
import { useServices } from "./services";
import { SignedOutContext, signedOutText } from "./signedOut";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalS, justifyItems: "start" },
});

/**
 * Signs out of Common Ground on this computer (for staff who share PCs): drafts go, then the
 * sign-in. The shell (through {@link SignedOutContext}) or `onSignedOut` then replaces the app.
 */
export function SignOutButton(props: { onSignedOut?: (outcome: SignOutOutcome) => void }) {
  const { session, host } = useServices();
  const shell = useContext(SignedOutContext);
  const onSignedOut = props.onSignedOut ?? shell;
  const styles = useStyles();
  const [outcome, setOutcome] = useState<SignOutOutcome>();
  const signOut = useAction(
    () => session.signOut(),
    (done) => {
      setOutcome(done);
      onSignedOut?.(done);
    },
  );
  return (
    <div className={styles.stack}>
      <Button onClick={() => void signOut.run()} disabled={signOut.busy}>
        {shellText(signOut.busy ? "shell.signingOut" : "shell.signOut")}
      </Button>
      {outcome && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{signedOutText(outcome, host.context.kind)}</MessageBarBody>
        </MessageBar>
      )}
      {signOut.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(signOut.error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
