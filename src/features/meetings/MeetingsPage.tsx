import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AsyncView } from "../AsyncView";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { MeetingCard } from "./MeetingCard";
import { PeopleAndRooms } from "./PeopleAndRooms";

const useStyles = makeStyles({
  grid: { display: "grid", gap: tokens.spacingVerticalL },
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
});

/** The meetings area: every open meeting with where it stands and what can be done, then people and rooms. */
export function MeetingsPage() {
  const { meetings } = useServices();
  const styles = useStyles();
  const [message, setMessage] = useState<string>();
  const [state, retry] = useAsync(() => meetings.open(), [meetings]);
  return (
    <section aria-labelledby="meetings-heading" className={styles.grid}>
      <h2 id="meetings-heading">Meetings</h2>
      <div>
        <Button appearance="primary" as="a" href={routes.findTimes()}>
          Find times for a meeting
        </Button>
      </div>
      <section aria-labelledby="open-heading">
        <h3 id="open-heading">Open meetings</h3>
        {message && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        )}
        <AsyncView state={state} retry={retry} loadingLabel="Loading meetings…">
          {(items) =>
            items.length === 0 ? (
              <Text>No open meetings. Find times for a meeting to start one.</Text>
            ) : (
              <ul className={styles.list} aria-label="Open meetings">
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
      <PeopleAndRooms />
    </section>
  );
}
