import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { routes } from "../routes";
import { useServices } from "../services";
import { MeetingList } from "./MeetingList";
import { PeopleAndRooms } from "./PeopleAndRooms";

const useStyles = makeStyles({
  grid: { display: "grid", gap: tokens.spacingVerticalL },
});

/** The meetings area: every open meeting with where it stands and what can be done, then people and rooms. */
export function MeetingsPage() {
  const { meetings } = useServices();
  const styles = useStyles();
  return (
    <section aria-labelledby="meetings-heading" className={styles.grid}>
      <h2 id="meetings-heading">Meetings</h2>
      <div>
        <Button appearance="primary" as="a" href={routes.findTimes()}>
          Find times for a meeting
        </Button>{" "}
        <Button as="a" href={routes.myActions()}>
          My actions
        </Button>
      </div>
      <section aria-labelledby="open-heading">
        <h3 id="open-heading">Open meetings</h3>
        <MeetingList
          load={() => meetings.open()}
          loadKey={[meetings]}
          label="Open meetings"
          empty="No open meetings. Find times for a meeting to start one."
        />
      </section>
      <PeopleAndRooms />
    </section>
  );
}
