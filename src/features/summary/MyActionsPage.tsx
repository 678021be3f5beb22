import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ENGLISH } from "../../domain/i18n/locales";
import { staffText } from "../../domain/i18n/staffMessages";
import type { TrackedAction } from "../../domain/summaries/summaryActions";
import { formatDay, isDay } from "../../domain/summaries/summaryDays";
import { formatStamp } from "../../domain/time/format";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { useDateFormat } from "../useDateFormat";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalS, padding: 0, listStyle: "none" },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The actions summaries gave the signed-in member of staff: overdue first, then by date, done last. */
export function MyActionsPage() {
  const { summaries } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync(() => summaries.mine(), [summaries]);
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{staffText("summary.mine.heading")}</h2>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("summary.mine.finding")}>
        {(actions) =>
          actions.length === 0 ? (
            <Text>{staffText("summary.mine.none")}</Text>
          ) : (
            <ul className={styles.list}>
              {actions.map((a) => (
                <ActionItem key={`${a.meetingId}:${a.action.id}`} item={a} onDone={retry} />
              ))}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}

function ActionItem({ item, onDone }: { item: TrackedAction; onDone: () => void }) {
  const { summaries } = useServices();
  const { zone, locale } = useDateFormat();
  const styles = useStyles();
  const done = useAction(() => summaries.markDone(item.meetingId, item.action.id), onDone);
  const due = isDay(item.action.due) ? formatDay(item.action.due, ENGLISH) : staffText("summary.mine.noDate");
  return (
    <li className={styles.item} aria-label={item.action.what}>
      <div className={styles.row}>
        <Text weight="semibold">{item.action.what}</Text>
        {item.overdue && <Badge color="danger">{staffText("summary.mine.overdue")}</Badge>}
        {item.done && <Badge color="success">{staffText("summary.mine.done")}</Badge>}
      </div>
      <Text size={200}>
        {staffText("summary.mine.for")}{" "}
        <Link href={routes.child(item.childId)}>{item.childName || item.childId}</Link>
        {staffText("summary.mine.due", { due })}
        {item.done
          ? ` ${staffText("summary.mine.doneBy", { who: item.done.by, when: formatStamp(item.done.at, zone, locale) })}`
          : ""}
      </Text>
      {!item.done && (
        <div className={styles.row}>
          <Button disabled={done.busy} onClick={() => void done.run()}>
            {staffText("summary.mine.markDone")}
          </Button>
        </div>
      )}
      {done.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(done.error, zone)}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
