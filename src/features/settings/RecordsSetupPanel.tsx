import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SetupStatus } from "../../domain/ports/records-setup";
import { Loading } from "../../ui/Loading";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

const useStyles = makeStyles({ stack: { display: "grid", gap: tokens.spacingVerticalS } });

/** Checks the pastoral site's lists and creates what is missing, showing each step. */
export function RecordsSetupPanel() {
  const { setup } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync(() => setup.status(), [setup]);
  const [step, setStep] = useState<string>();
  const [result, setResult] = useState<{ status?: SetupStatus; error?: string }>();

  async function provision() {
    setResult(undefined);
    try {
      const status = await setup.provision(setStep);
      setResult({ status });
      retry();
    } catch (e) {
      setResult({ error: errorText(e) });
    } finally {
      setStep(undefined);
    }
  }

  return (
    <section aria-labelledby="records-heading" className={styles.stack}>
      <h3 id="records-heading">Records on the pastoral site</h3>
      <AsyncView state={state} retry={retry} loadingLabel="Checking the pastoral site…">
        {(status) =>
          status.ready ? (
            <Text>All of Common Ground's lists are set up (schema version {status.schemaVersion}).</Text>
          ) : (
            <>
              <Text>
                Common Ground keeps its records in lists on your pastoral team's SharePoint site. Still to do:
              </Text>
              <ul>
                {status.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <div>
                <Button appearance="primary" onClick={provision} disabled={step !== undefined}>
                  Set up the lists
                </Button>
              </div>
            </>
          )
        }
      </AsyncView>
      {step && <Loading label={step} />}
      {result?.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{result.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
