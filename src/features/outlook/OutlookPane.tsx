import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { Host } from "../../domain/ports/host";
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

/**
 * The first screen in Outlook: what the open item needs, with the rest of the app a link away.
 * With `follow` (a pinned pane), it follows the item Outlook has open: each new item starts afresh.
 */
export function OutlookPane({ item: first, follow }: { item: MailItem; follow?: Host["onMailItemChange"] }) {
  const styles = useStyles();
  const [{ item, seq }, setOpen] = useState({ item: first, seq: 0 });
  useEffect(() => follow?.((next) => setOpen((now) => ({ item: next, seq: now.seq + 1 }))), [follow]);
  return (
    <div className={styles.pane} key={seq}>
      {item.kind === "appointmentOrganizer" && <AppointmentPane item={item} />}
      {item.kind === "messageRead" && <ReadMailPane item={item} />}
      {item.kind === "messageCompose" && <ComposePane item={item} />}
      {item.kind === "none" && <Text>{staffText("outlook.pane.none", { reason: item.reason })}</Text>}
      <nav aria-label={staffText("outlook.pane.more")} className={styles.more}>
        <Link href={routes.meetings()}>{staffText("outlook.pane.moreLink")}</Link>
      </nav>
    </div>
  );
}
