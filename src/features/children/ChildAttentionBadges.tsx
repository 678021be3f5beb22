import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ChildAttention } from "../../domain/families/childAttention";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  badge: { maxWidth: "100%", whiteSpace: "normal", height: "auto", minHeight: "20px" },
  adjustments: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

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
          {a.households} households{a.keptApart ? ", kept apart" : ""}
        </Badge>
      )}
      {a.openOffer && (
        <Badge className={styles.badge} appearance="tint" color="brand" size="medium">
          {a.openOffer.waitingDays === 0
            ? "Offer sent today"
            : `Offer waiting ${days(a.openOffer.waitingDays)}`}
        </Badge>
      )}
      {a.reviewDue && (
        <Badge className={styles.badge} appearance="tint" color="danger" size="medium">
          {a.daysSinceReview === undefined
            ? "Review due: none on record"
            : `Review due: last one ${days(a.daysSinceReview)} ago`}
        </Badge>
      )}
      {adjustments.length > 0 && (
        <Text size={200} className={styles.adjustments}>
          {adjustments.length === 1 ? "Standing adjustment" : `${adjustments.length} standing adjustments`}:{" "}
          {adjustments.join(", ")}
        </Text>
      )}
    </span>
  );
}
