import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { type ParsedFamilies, parseFamiliesCsv } from "../../domain/families/misCsv";
import type { ImportResult } from "../../domain/ports/family-contacts";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";

const useStyles = makeStyles({ stack: { display: "grid", gap: tokens.spacingVerticalS } });

/** How many children the file marks "keep households apart". */
function keptApart(parsed: ParsedFamilies): number {
  return new Set(parsed.rows.filter((r) => r.keepHouseholdsApart).map((r) => r.childId)).size;
}

/** Loads the MIS export (CSV) of children and carers into the school's family contacts list. */
export function FamilyImportPanel() {
  const { families } = useServices();
  const styles = useStyles();
  const inputId = useId();
  const [parsed, setParsed] = useState<ParsedFamilies>();
  const [result, setResult] = useState<ImportResult>();
  const importing = useAction(async (rows: ParsedFamilies["rows"]) => {
    setResult(undefined);
    return families.importRows(rows);
  }, setResult);

  async function read(file: File | undefined) {
    setResult(undefined);
    importing.clearError();
    setParsed(file ? parseFamiliesCsv(await file.text()) : undefined);
  }

  return (
    <section aria-labelledby="import-heading" className={styles.stack}>
      <h3 id="import-heading">Family contacts</h3>
      <Text>
        Import the CSV export of children and carers from your MIS (one row per carer). Known carers are
        updated; nobody is removed.
      </Text>
      <Text>
        An optional KeepHouseholdsApart column (yes or no) marks families whose households must be kept apart,
        for example after a court order. A blank leaves the setting on the child's page as it is.
      </Text>
      <div>
        <Label htmlFor={inputId}>MIS export (CSV)</Label>{" "}
        <input id={inputId} type="file" accept=".csv,text/csv" onChange={(e) => read(e.target.files?.[0])} />
      </div>
      {parsed && (
        <>
          <Text role="status">
            {parsed.rows.length} carers ready to import
            {keptApart(parsed) ? ` (${keptApart(parsed)} children's households kept apart)` : ""}
            {parsed.problems.length ? `; ${parsed.problems.length} rows need fixing first` : ""}.
          </Text>
          {parsed.problems.length > 0 && (
            <ul aria-label="Rows that need fixing">
              {parsed.problems.slice(0, 20).map((p) => (
                <li key={`${p.line}-${p.message}`}>
                  Line {p.line}: {p.message}
                </li>
              ))}
            </ul>
          )}
          <div>
            <Button
              appearance="primary"
              onClick={() => void importing.run(parsed.rows)}
              disabled={importing.busy || parsed.rows.length === 0}
            >
              {importing.busy ? "Importing…" : `Import ${parsed.rows.length} carers`}
            </Button>
          </div>
        </>
      )}
      {result && (
        <MessageBar intent={result.failed.length ? "warning" : "success"} role="status">
          <MessageBarBody>
            Added {result.added}, updated {result.updated}, unchanged {result.unchanged}
            {result.failed.length ? `; not saved: ${result.failed.join("; ")}` : "."}
          </MessageBarBody>
        </MessageBar>
      )}
      {importing.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(importing.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
