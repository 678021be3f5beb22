import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ChildAttention } from "../../domain/families/childAttention";
import { staffText } from "../../domain/i18n/staffMessages";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  badge: { maxWidth: "100%", whiteSpace: "normal", height: "auto", minHeight: "20px" },
  adjustments: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** What needs attention for one child, in plain words; nothing when all is well. */
export function ChildAttentionBadges({ attention: a }: { attention: ChildAttention }) {
  const styles = useStyles();
  const adjustments = a.standingAdjustments;
  const any = a.households > 1 || adjustments.length > 0 || a.openOffer || a.reviewDue;
  if (!any) return null;
  return (
    <span className={styles.row}>
      {a.households > 1 && (
        <Badge
          className={styles.badge}
          appearance="tint"
          color={a.keptApart ? "warning" : "informative"}
          size="medium"
        >
          {staffText(a.keptApart ? "children.badge.householdsApart" : "children.badge.households", {
            count: a.households,
          })}
        </Badge>
      )}
      {a.openOffer && (
        <Badge className={styles.badge} appearance="tint" color="brand" size="medium">
          {a.openOffer.waitingDays === 0
            ? staffText("children.badge.offerToday")
            : staffText("children.badge.offerWaiting", { days: a.openOffer.waitingDays })}
        </Badge>
      )}
      {a.reviewDue && (
        <Badge className={styles.badge} appearance="tint" color="danger" size="medium">
          {a.daysSinceReview === undefined
            ? staffText("children.badge.reviewNone")
            : staffText("children.badge.reviewDue", { days: a.daysSinceReview })}
        </Badge>
      )}
      {adjustments.length > 0 && (
        <Text size={200} className={styles.adjustments}>
          {staffText("children.badge.standing", {
            count: adjustments.length,
            adjustments: adjustments.join(", "),
          })}
        </Text>
      )}
    </span>
  );
}
