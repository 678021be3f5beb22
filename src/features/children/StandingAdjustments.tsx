import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { adjustmentLabel } from "../../domain/adjustments/adjustmentLabels";
import { type StandingAdjustment, standingLabel } from "../../domain/adjustments/standing";
import { staffText } from "../../domain/i18n/staffMessages";
import type { Carer } from "../../domain/school/people";
import { formatLongDate } from "../../domain/time/format";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useDateFormat } from "../useDateFormat";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** A carer's standing adjustments with the consent on record, each removable when the family asks. */
export function StandingAdjustments({ carer, onChanged }: { carer: Carer; onChanged: () => void }) {
  const { meetings } = useServices();
  const { zone, locale } = useDateFormat();
  const styles = useStyles();
  const remove = useAction(
    (s: StandingAdjustment) => meetings.forgetStandingAdjustment(carer.childId, carer.id, s.kind),
    onChanged,
  );
  const items = carer.standing ?? [];
  const removed = carer.standingRemoved ?? [];
  if (items.length === 0 && removed.length === 0) return null;
  return (
    <>
      {removed.length > 0 && (
        <ul className={styles.list} aria-label={staffText("standing.removedList", { name: carer.name })}>
          {removed.map((r) => (
            <li key={r.kind}>
              <Text size={200}>
                {staffText("standing.removed", {
                  adjustment: adjustmentLabel(r.kind),
                  by: r.removedBy,
                  date: formatLongDate(r.at, zone, locale),
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <ul className={styles.list} aria-label={staffText("children.standing.list", { name: carer.name })}>
        {items.map((s) => (
          <li key={s.kind} className={styles.row}>
            <Text size={200}>
              {standingLabel(s)} –{" "}
              {s.consent
                ? staffText("children.standing.consent", {
                    givenBy: s.consent.givenBy,
                    how: staffText(`children.standing.how.${s.consent.how}`),
                    date: formatLongDate(s.consent.at, zone, locale),
                    recordedBy: s.consent.recordedBy,
                  })
                : staffText("children.standing.fromRecords")}
            </Text>
            <Button size="small" disabled={remove.busy} onClick={() => void remove.run(s)}>
              {staffText("children.standing.remove")}
            </Button>
          </li>
        ))}
      </ul>
      {remove.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("children.standing.notRemoved", { error: errorText(remove.error) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
