import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { AgendaTemplatesPanel } from "../agenda/AgendaTemplatesPanel";
import { errorText } from "../errorText";
import { SignOutButton } from "../SignOutButton";
import { useServices } from "../services";
import { ListeningPanel } from "../summary/ListeningPanel";
import { useAction } from "../useAction";
import { useDateFormat } from "../useDateFormat";
import { FamilyImportPanel } from "./FamilyImportPanel";
import { RecordsSetupPanel } from "./RecordsSetupPanel";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "640px" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const hostNames = { teams: "Microsoft Teams", outlook: "Outlook", standalone: "a web browser" } as const;

/** How the app is connected, and the demo tenant's controls when it is the demo. */
export function SettingsPage() {
  const { host, demo } = useServices();
  const { locale, zone: schoolZone } = useDateFormat();
  const styles = useStyles();
  const [resetDone, setResetDone] = useState(false);
  const reset = useAction(async () => {
    setResetDone(false);
    if (!demo) return false;
    await demo.reset();
    return true;
  }, setResetDone);

  return (
    <section aria-labelledby="settings-heading" className={styles.stack}>
      <h2 id="settings-heading">Settings</h2>
      <Text>
        Running in {hostNames[host.context.kind]}, dates written as {locale}, school time zone {schoolZone}.
      </Text>
      <RecordsSetupPanel />
      <FamilyImportPanel />
      <AgendaTemplatesPanel />
      <ListeningPanel />
      <h3>Signing out</h3>
      <Text>
        On a computer others use, sign out when you finish: your sign-in and any unfinished forms are removed
        from this computer.
      </Text>
      <SignOutButton />
      {demo && (
        <>
          <h3>Demo school</h3>
          <Text>
            You are using a fictional school that lives only in this browser. Changes you make are kept when
            you reload.
          </Text>
          <Link href="#/demo/inbox">See the emails sent to families, and answer as a parent would</Link>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void reset.run()} disabled={reset.busy}>
              Reset demo
            </Button>
          </div>
          <h3>Test how the app copes</h3>
          <Text>Make the next call to Microsoft 365 fail in a chosen way.</Text>
          <div className={styles.row}>
            <Button onClick={() => void demo.injectFault("throttle")}>Busy (429)</Button>
            <Button onClick={() => void demo.injectFault("unavailable")}>Unavailable (503)</Button>
            <Button onClick={() => void demo.injectFault("timeout")}>Time out</Button>
            <Button onClick={() => void demo.injectFault("conflict")}>Edit conflict (412)</Button>
          </div>
        </>
      )}
      {resetDone && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>The demo school is back to how it started.</MessageBarBody>
        </MessageBar>
      )}
      {reset.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(reset.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
