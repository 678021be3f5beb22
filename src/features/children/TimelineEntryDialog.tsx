import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { TimelineEntry } from "../../domain/ports/records";
import { formatStamp } from "../../domain/time/format";
import { kindLook } from "../../domain/timeline/timelineKinds";
import { deepLink, routes } from "../routes";
import { useServices } from "../services";
import { useDateFormat } from "../useDateFormat";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** One entry in full: what, when, who, the whole text, and a link to it that opens it again. */
export function TimelineEntryDialog({ entry, onClose }: { entry: TimelineEntry; onClose: () => void }) {
  const { host } = useServices();
  const { zone, locale } = useDateFormat();
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const look = kindLook(entry.kind);
  const path = routes.timelineEntry(entry.childId, entry.id).slice(1);
  const link = deepLink(path, {
    teamsAppId: host.context.teamsAppId,
    entityId: host.context.entityId,
    appUrl: window.location.href,
  });
  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      (error: unknown) => console.warn("The link was not copied", error),
    );
  };
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{look.label}</DialogTitle>
          <DialogContent>
            <dl className={styles.facts}>
              <dt>{staffText("children.entry.when")}</dt>
              <dd>{formatStamp(entry.at, zone, locale)}</dd>
              <dt>{staffText("children.entry.recordedBy")}</dt>
              <dd>{entry.author ?? staffText("children.entry.unknownAuthor")}</dd>
              {entry.meetingRef && (
                <>
                  <dt>{staffText("children.entry.meeting")}</dt>
                  <dd>
                    <Link href={routes.meetings()} onClick={onClose}>
                      {staffText("children.entry.seeMeeting")}
                    </Link>
                  </dd>
                </>
              )}
            </dl>
            <Text as="p" weight="semibold" className={styles.text}>
              {entry.summary}
            </Text>
            {entry.details && entry.details !== entry.summary && (
              <Text as="p" className={styles.text}>
                {entry.details}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={copy}>
              {staffText(copied ? "children.entry.copied" : "children.entry.copy")}
            </Button>
            <Button appearance="primary" onClick={onClose}>
              {staffText("children.entry.close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
