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
import { type CsvEncoding, decodeCsv, decodeCsvAs } from "../../domain/families/csvEncoding";
import { type ParsedFamilies, parseFamiliesCsv } from "../../domain/families/misCsv";
import type { ImportResult } from "../../domain/ports/family-contacts";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalS },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const ENCODING_NAMES: Readonly<Record<CsvEncoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1250": "Central European (Windows-1250)",
  "windows-1252": "Western European (Windows-1252)",
};

/** A file whose bytes are not UTF-8, waiting for the person importing to say how to read it. */
interface EncodingQuestion {
  readonly bytes: Uint8Array;
  readonly suggested: "windows-1250" | "windows-1252";
  readonly alternative: "windows-1250" | "windows-1252";
}

const rowsWord = (n: number) => (n === 1 ? "1 row needs" : `${n} rows need`);

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
  const [question, setQuestion] = useState<EncodingQuestion>();
  const [readAs, setReadAs] = useState<CsvEncoding>();
  const [result, setResult] = useState<ImportResult>();
  const importing = useAction(async (rows: ParsedFamilies["rows"]) => {
    setResult(undefined);
    return families.importRows(rows);
  }, setResult);

  async function read(file: File | undefined) {
    setResult(undefined);
    importing.clearError();
    setParsed(undefined);
    setQuestion(undefined);
    setReadAs(undefined);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const decoded = decodeCsv(bytes);
    if (decoded.ok) setParsed(parseFamiliesCsv(decoded.text));
    else setQuestion({ bytes, suggested: decoded.suggested, alternative: decoded.alternative });
  }

  function readIn(encoding: CsvEncoding) {
    if (!question) return;
    setReadAs(encoding);
    setParsed(parseFamiliesCsv(decodeCsvAs(question.bytes, encoding).text));
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
      {question && (
        <MessageBar intent={readAs ? "info" : "warning"} role="status" layout="multiline">
          <MessageBarBody className={styles.stack}>
            <Text>
              {readAs
                ? `Read as ${ENCODING_NAMES[readAs]}. Check that names with accents look right before importing.`
                : `This file is not saved as UTF-8, so some letters (such as ó, ł or é) would be read wrongly. In Excel, save it again as "CSV UTF-8 (Comma delimited)" and choose it here, or read it as it is saved: most likely ${ENCODING_NAMES[question.suggested]}.`}
            </Text>
            <div className={styles.choices}>
              {[question.suggested, question.alternative].map((encoding) => (
                <Button
                  key={encoding}
                  appearance={encoding === (readAs ?? question.suggested) ? "primary" : "secondary"}
                  onClick={() => readIn(encoding)}
                >
                  Read as {ENCODING_NAMES[encoding]}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {parsed?.fileProblem && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>This file cannot be imported. {parsed.fileProblem}</MessageBarBody>
        </MessageBar>
      )}
      {parsed && !parsed.fileProblem && (
        <>
          <Text role="status">
            {parsed.rows.length} carers ready to import
            {keptApart(parsed) ? ` (${keptApart(parsed)} children's households kept apart)` : ""}
            {parsed.problems.length ? `; ${rowsWord(parsed.problems.length)} fixing first` : ""}.
          </Text>
          {parsed.problems.length > 0 && (
            // Every row left out is listed: the count above is this list's length.
            <ul aria-label="Rows that need fixing">
              {parsed.problems.map((p) => (
                <li key={p.row}>
                  Row {p.row}: {p.messages.join(" ")}
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
        <MessageBar intent={result.failed.length ? "warning" : "success"} role="status" layout="multiline">
          <MessageBarBody>
            Added {result.added}, updated {result.updated}, unchanged {result.unchanged}
            {result.failed.length ? `; not saved: ${result.failed.join("; ")}` : "."}
          </MessageBarBody>
        </MessageBar>
      )}
      {importing.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(importing.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
