import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { MeetingCard } from "./MeetingCard";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
});

/** Every meeting for one child, newest first, each with where it stands and what can be done. */
export function ChildMeetings({ childId, childName }: { childId: string; childName: string }) {
  const { meetings } = useServices();
  const styles = useStyles();
  const [message, setMessage] = useState<string>();
  const [state, retry] = useAsync(() => meetings.forChild(childId), [meetings, childId]);
  return (
    <section aria-labelledby="child-meetings-heading">
      <h3 id="child-meetings-heading">Meetings</h3>
      {message && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <AsyncView state={state} retry={retry} loadingLabel="Loading meetings…">
        {(items) =>
          items.length === 0 ? (
            <Text>No meetings yet.</Text>
          ) : (
            <ul className={styles.list} aria-label={`Meetings for ${childName}`}>
              {items.map((item) => (
                <MeetingCard
                  key={item.id}
                  item={item}
                  onChanged={(text) => {
                    setMessage(text);
                    retry();
                  }}
                />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
