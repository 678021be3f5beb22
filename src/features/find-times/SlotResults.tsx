import {
  Badge,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { SlotSearchResult } from "../../domain/scheduling/result";
import { formatSlot, zoneLabel } from "../../ui/datetime/formatSlot";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  slot: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Props {
  result: SlotSearchResult;
  schoolZone: string;
  familyZone: string;
  locale: string;
  chosen: readonly number[];
  onToggle: (start: number) => void;
}

/** Ranked times with the reason for each, or what stands in the way. */
export function SlotResults({ result, schoolZone, familyZone, locale, chosen, onToggle }: Props) {
  const styles = useStyles();
  if (result.kind === "rejected") {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Please change the search</MessageBarTitle>
          {result.problems.map((p) => p.message).join(" ")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (result.kind === "none") {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>No time suits everyone</MessageBarTitle>
          {result.explanation}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const abroad = familyZone !== schoolZone;
  return (
    <section aria-labelledby="slots-heading">
      <h3 id="slots-heading">Suggested times</h3>
      <Text role="status">{result.slots.length} times, best first. Tick the ones to offer the family.</Text>
      <ol className={styles.list} aria-label="Suggested times">
        {result.slots.map((s, i) => (
          <li key={s.start} className={styles.slot}>
            <Checkbox
              checked={chosen.includes(s.start)}
              onChange={() => onToggle(s.start)}
              label={
                <>
                  <Text weight="semibold">{formatSlot(s.start, s.end, schoolZone, locale)}</Text>
                  {i === 0 && (
                    <>
                      {" "}
                      <Badge appearance="tint" color="success">
                        Best fit
                      </Badge>
                    </>
                  )}
                </>
              }
            />
            {abroad && (
              <Text size={200}>
                For the family: {formatSlot(s.start, s.end, familyZone, locale)} (
                {zoneLabel(s.start, familyZone, locale)})
              </Text>
            )}
            <Text size={200}>{s.reason}</Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
