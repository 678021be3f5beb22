import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { SummaryInsert } from "../../domain/outlook/outlookActions";
import { MAX_BODY_CHARS, type MessageComposeItem } from "../../domain/ports/mail-item";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { mailItemErrorText } from "./outlookWords";

const useStyles = makeStyles({
  pane: { display: "grid", gap: tokens.spacingVerticalM },
  offer: { display: "grid", gap: tokens.spacingVerticalXS },
});

/** The pane on an email being written: put an open offer's times and link, or a summary, into it. */
export function ComposePane({ item }: { item: MessageComposeItem }) {
  const styles = useStyles();
  const { outlook } = useServices();
  const [inserted, setInserted] = useState<string>();
  const [state, retry] = useAsync(async () => {
    const to = await item.recipients();
    if (!to.ok)
      throw new Error(`${staffText("outlook.compose.noRecipients")} ${mailItemErrorText(to.error)}`);
    const [offers, summaries] = await Promise.all([
      outlook.offersFor(to.value),
      outlook.summariesFor(to.value),
    ]);
    return { offers, summaries };
  }, [item, outlook]);
  const [problem, setProblem] = useState<string>();
  const insert = useAction(
    async (html: string, failed: string, done: string) => {
      // Outlook refuses more than 1,000,000 characters: said here in words, before Outlook is asked.
      if (html.length > MAX_BODY_CHARS)
        return {
          problem: staffText("outlook.compose.tooLong", {
            size: html.length.toLocaleString("en-GB"),
            max: MAX_BODY_CHARS.toLocaleString("en-GB"),
          }),
        };
      const result = await item.insertHtml(html);
      return result.ok ? { done } : { problem: `${failed} ${mailItemErrorText(result.error)}` };
    },
    (r) => {
      setInserted(r.done);
      setProblem(r.problem);
    },
  );
  const summaryDone = (s: SummaryInsert) => staffText("outlook.compose.summaryInserted", { state: s.state });
  return (
    <section aria-label={staffText("outlook.compose.heading")} className={styles.pane}>
      <Text as="h2" size={400} weight="semibold">
        {staffText("outlook.compose.heading")}
      </Text>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("outlook.compose.looking")}>
        {({ offers, summaries }) => (
          <>
            <Text as="h3" weight="semibold">
              {staffText("outlook.compose.offersHeading")}
            </Text>
            {offers.length === 0 ? (
              <Text>
                {staffText("outlook.compose.noOffer")}
                <Button onClick={retry}>{staffText("outlook.compose.lookAgain")}</Button>
              </Text>
            ) : (
              offers.map((o) => (
                <div key={o.ref} className={styles.offer}>
                  <Text>
                    {staffText("outlook.compose.offer", {
                      carer: o.carerName,
                      child: o.childName,
                      ref: o.ref,
                    })}
                  </Text>
                  <Button
                    disabled={insert.busy}
                    onClick={() =>
                      void insert.run(
                        o.html,
                        staffText("outlook.compose.offerFailed"),
                        staffText("outlook.compose.offerInserted", { ref: o.ref }),
                      )
                    }
                  >
                    {staffText("outlook.compose.insertOffer")}
                  </Button>
                </div>
              ))
            )}
            <Text as="h3" weight="semibold">
              {staffText("outlook.compose.summariesHeading")}
            </Text>
            {summaries.length === 0 ? (
              <Text>{staffText("outlook.compose.noSummary")}</Text>
            ) : (
              summaries.map((s) => {
                const label = staffText("outlook.compose.summary", {
                  child: s.childName,
                  state: s.state,
                  version: s.version,
                  carer: s.carerName,
                });
                return (
                  <div key={`${s.meetingId}/${s.state}/${s.version}`} className={styles.offer}>
                    <Text>{label}</Text>
                    <Button
                      aria-label={`${staffText("outlook.compose.insertSummary")}: ${label}`}
                      disabled={insert.busy}
                      onClick={() =>
                        void insert.run(s.html, staffText("outlook.compose.summaryFailed"), summaryDone(s))
                      }
                    >
                      {staffText("outlook.compose.insertSummary")}
                    </Button>
                  </div>
                );
              })
            )}
          </>
        )}
      </AsyncView>
      {inserted && <Text role="status">{inserted}</Text>}
      {(problem ?? insert.error) !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{problem ?? errorText(insert.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
