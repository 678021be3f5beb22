import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { MeetingListItem } from "../../domain/meetings/meetingActions";
import { AsyncView } from "../AsyncView";
import { useAsync } from "../useAsync";
import { MeetingCard } from "./MeetingCard";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
});

/** Meetings as cards with their actions; after a change, what happened is said and the list read again. */
export function MeetingList(props: {
  load: () => Promise<readonly MeetingListItem[]>;
  /** Read again when these change. */
  loadKey: readonly unknown[];
  label: string;
  empty: string;
}) {
  const styles = useStyles();
  const [message, setMessage] = useState<string>();
  const [state, retry] = useAsync(props.load, props.loadKey);
  // The list is read again after a change, so the button pressed goes away for a moment: the focus
  // moves to what happened instead of being lost at the top of the page. Taking the focus is what
  // has it read out, so it is not a live region as well (it would be said twice).
  const said = useRef<HTMLDivElement>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (changes > 0) said.current?.focus();
  }, [changes]);
  return (
    <>
      {message && (
        <MessageBar intent="success" ref={said} tabIndex={-1} layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <AsyncView state={state} retry={retry} loadingLabel={staffText("meetings.loading")}>
        {(items) =>
          items.length === 0 ? (
            <Text>{props.empty}</Text>
          ) : (
            <ul className={styles.list} aria-label={props.label}>
              {items.map((item) => (
                <MeetingCard
                  key={item.id}
                  item={item}
                  onChanged={(text) => {
                    setMessage(text);
                    setChanges((n) => n + 1);
                    retry();
                  }}
                />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </>
  );
}
