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
import { staffText } from "../../domain/i18n/staffMessages";
import type { ImportResult } from "../../domain/ports/family-contacts";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalS },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const ENCODING_KEYS = {
  "utf-8": "settings.import.encoding.utf8",
  "utf-16le": "settings.import.encoding.utf16",
  "utf-16be": "settings.import.encoding.utf16",
  "windows-1250": "settings.import.encoding.windows1250",
  "windows-1252": "settings.import.encoding.windows1252",
} as const satisfies Record<CsvEncoding, string>;

const encodingName = (encoding: CsvEncoding) => staffText(ENCODING_KEYS[encoding]);

/** A file whose bytes are not UTF-8, waiting for the person importing to say how to read it. */
interface EncodingQuestion {
  readonly bytes: Uint8Array;
  readonly suggested: "windows-1250" | "windows-1252";
  readonly alternative: "windows-1250" | "windows-1252";
}

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
      <h3 id="import-heading">{staffText("settings.import.heading")}</h3>
      <Text>{staffText("settings.import.intro")}</Text>
      <Text>{staffText("settings.import.keepApart")}</Text>
      <div>
        <Label htmlFor={inputId}>{staffText("settings.import.file")}</Label>{" "}
        <input id={inputId} type="file" accept=".csv,text/csv" onChange={(e) => read(e.target.files?.[0])} />
      </div>
      {question && (
        <MessageBar intent={readAs ? "info" : "warning"} role="status" layout="multiline">
          <MessageBarBody className={styles.stack}>
            <Text>
              {readAs
                ? staffText("settings.import.readAs", { encoding: encodingName(readAs) })
                : staffText("settings.import.notUtf8", { encoding: encodingName(question.suggested) })}
            </Text>
            <div className={styles.choices}>
              {[question.suggested, question.alternative].map((encoding) => (
                <Button
                  key={encoding}
                  appearance={encoding === (readAs ?? question.suggested) ? "primary" : "secondary"}
                  onClick={() => readIn(encoding)}
                >
                  {staffText("settings.import.readAsButton", { encoding: encodingName(encoding) })}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {parsed?.fileProblem && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("settings.import.cannotImport", { problem: parsed.fileProblem })}
          </MessageBarBody>
        </MessageBar>
      )}
      {parsed && !parsed.fileProblem && (
        <>
          <Text role="status">
            {staffText("settings.import.ready", {
              count: parsed.rows.length,
              apart: keptApart(parsed),
              problems: parsed.problems.length,
            })}
          </Text>
          {parsed.problems.length > 0 && (
            // Every row left out is listed: the count above is this list's length.
            <ul aria-label={staffText("settings.import.problems")}>
              {parsed.problems.map((p) => (
                <li key={p.row}>
                  {staffText("settings.import.row", { row: p.row, messages: p.messages.join(" ") })}
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
              {importing.busy
                ? staffText("settings.import.importing")
                : staffText("settings.import.import", { count: parsed.rows.length })}
            </Button>
          </div>
        </>
      )}
      {result && (
        <MessageBar intent={result.failed.length ? "warning" : "success"} role="status" layout="multiline">
          <MessageBarBody>
            {staffText("settings.import.result", {
              added: result.added,
              updated: result.updated,
              unchanged: result.unchanged,
              failedCount: result.failed.length,
              failed: result.failed.join("; "),
            })}
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
