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
import { staffText } from "../../domain/i18n/staffMessages";
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

const FAULTS = ["throttle", "unavailable", "timeout", "conflict"] as const;

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
      <h2 id="settings-heading">{staffText("settings.heading")}</h2>
      <Text>
        {staffText("settings.runningIn", {
          host: staffText(`settings.host.${host.context.kind}`),
          locale,
          zone: schoolZone,
        })}
      </Text>
      <RecordsSetupPanel />
      <FamilyImportPanel />
      <AgendaTemplatesPanel />
      <ListeningPanel />
      <h3>{staffText("settings.signOut.heading")}</h3>
      <Text>{staffText("settings.signOut.text")}</Text>
      <SignOutButton />
      {demo && (
        <>
          <h3>{staffText("settings.demo.heading")}</h3>
          <Text>{staffText("settings.demo.text")}</Text>
          <Link href="#/demo/inbox">{staffText("settings.demo.inbox")}</Link>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void reset.run()} disabled={reset.busy}>
              {staffText("settings.demo.reset")}
            </Button>
          </div>
          <h3>{staffText("settings.faults.heading")}</h3>
          <Text>{staffText("settings.faults.text")}</Text>
          <div className={styles.row}>
            {FAULTS.map((fault) => (
              <Button key={fault} onClick={() => void demo.injectFault(fault)}>
                {staffText(`settings.faults.${fault}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      {resetDone && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{staffText("settings.demo.resetDone")}</MessageBarBody>
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
