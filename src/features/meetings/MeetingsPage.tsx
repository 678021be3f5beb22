import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
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
      <h2 id="meetings-heading">{staffText("meetings.heading")}</h2>
      <div>
        <Button appearance="primary" as="a" href={routes.findTimes()}>
          {staffText("meetings.findTimes")}
        </Button>{" "}
        <Button as="a" href={routes.myActions()}>
          {staffText("meetings.myActions")}
        </Button>
      </div>
      <section aria-labelledby="open-heading">
        <h3 id="open-heading">{staffText("meetings.open.heading")}</h3>
        <MeetingList
          load={() => meetings.open()}
          loadKey={[meetings]}
          label={staffText("meetings.open.heading")}
          empty={staffText("meetings.open.empty")}
        />
      </section>
      <PeopleAndRooms />
    </section>
  );
}
