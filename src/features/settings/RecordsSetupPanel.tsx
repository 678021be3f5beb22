import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";

const useStyles = makeStyles({ stack: { display: "grid", gap: tokens.spacingVerticalS } });

/** Checks the pastoral site's lists and creates what is missing, showing each step. */
export function RecordsSetupPanel() {
  const { setup } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync(() => setup.status(), [setup]);
  // A block body: an expression body's type would depend on `provision`, which it refers to.
  // The button pressed goes away once the lists are set up: the focus moves to what happened, which
  // has it read out (so it is not a live region as well), instead of being lost at the top of the page.
  const [done, setDone] = useState(false);
  const said = useRef<HTMLDivElement>(null);
  const provision = useAction(
    async () => {
      setDone(false);
      await setup.provision(provision.report);
    },
    () => {
      setDone(true);
      retry();
    },
  );
  useEffect(() => {
    if (done) said.current?.focus();
  }, [done]);

  return (
    <section aria-labelledby="records-heading" className={styles.stack}>
      <h3 id="records-heading">{staffText("settings.records.heading")}</h3>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("settings.records.loading")}>
        {(status) =>
          status.ready ? (
            <Text>{staffText("settings.records.ready", { version: status.schemaVersion ?? "" })}</Text>
          ) : (
            <>
              <Text>{staffText("settings.records.toDo")}</Text>
              <ul>
                {status.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <div>
                <Button appearance="primary" onClick={() => void provision.run()} disabled={provision.busy}>
                  {staffText("settings.records.setUp")}
                </Button>
              </div>
            </>
          )
        }
      </AsyncView>
      {done && (
        <MessageBar intent="success" ref={said} tabIndex={-1} layout="multiline">
          <MessageBarBody>{staffText("settings.setup.done")}</MessageBarBody>
        </MessageBar>
      )}
      {provision.step && <Loading label={provision.step} />}
      {provision.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(provision.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
