import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MessageComposeItem } from "../../domain/ports/mail-item";
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

/** The pane on an email being written: put an open offer's times and link into it. */
export function ComposePane({ item }: { item: MessageComposeItem }) {
  const styles = useStyles();
  const { outlook } = useServices();
  const [inserted, setInserted] = useState<string>();
  const [state, retry] = useAsync(async () => {
    const to = await item.recipients();
    if (!to.ok) throw new Error(`Outlook would not say who the email is to. ${mailItemErrorText(to.error)}`);
    return outlook.offersFor(to.value);
  }, [item, outlook]);
  const insert = useAction(
    async (html: string, ref: string) => {
      const done = await item.insertHtml(html);
      if (!done.ok) throw new Error(`The times were not inserted. ${mailItemErrorText(done.error)}`);
      return ref;
    },
    (ref) => setInserted(ref),
  );
  return (
    <section aria-label="Insert into this email" className={styles.pane}>
      <Text as="h2" size={400} weight="semibold">
        Insert into this email
      </Text>
      <AsyncView state={state} retry={retry} loadingLabel="Looking for offers to the people this is to…">
        {(offers) =>
          offers.length === 0 ? (
            <Text>
              No offer is waiting for an answer from the people this email is to. Add a carer in To, then
              press Look again.
              <Button onClick={retry}>Look again</Button>
            </Text>
          ) : (
            offers.map((o) => (
              <div key={o.ref} className={styles.offer}>
                <Text>
                  Times offered to {o.carerName} for {o.childName} ({o.ref})
                </Text>
                <Button disabled={insert.busy} onClick={() => void insert.run(o.html, o.ref)}>
                  Insert the times and their link
                </Button>
              </div>
            ))
          )
        }
      </AsyncView>
      {inserted && (
        <Text role="status">The times and {inserted}'s link are in the email. Check it, then send.</Text>
      )}
      {insert.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(insert.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
