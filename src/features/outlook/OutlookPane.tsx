import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { MailItem } from "../../domain/ports/mail-item";
import { routes } from "../routes";
import { AppointmentPane } from "./AppointmentPane";
import { ComposePane } from "./ComposePane";
import { ReadMailPane } from "./ReadMailPane";

const useStyles = makeStyles({
  // Outlook's task pane is 320 px wide by default: one column, nothing wider.
  pane: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "320px", minWidth: 0 },
  more: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

/** The first screen in Outlook: what the open item needs, with the rest of the app a link away. */
export function OutlookPane({ item }: { item: MailItem }) {
  const styles = useStyles();
  return (
    <div className={styles.pane}>
      {item.kind === "appointmentOrganizer" && <AppointmentPane item={item} />}
      {item.kind === "messageRead" && <ReadMailPane item={item} />}
      {item.kind === "messageCompose" && <ComposePane item={item} />}
      {item.kind === "none" && (
        <Text>{item.reason} Common Ground works on appointments you organise and on emails.</Text>
      )}
      <nav aria-label="More" className={styles.more}>
        <Link href={routes.meetings()}>Meetings, children and settings</Link>
      </nav>
    </div>
  );
}
