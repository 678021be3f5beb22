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
import { useEffect, useRef } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import { formatSlot, formatZoneAbbreviation } from "../../domain/time/format";
import type { Search } from "./findTimesState";
import { formatDescription } from "./meetingFormat";
import { slotLengthText } from "./slotLength";

const useStyles = makeStyles({
  results: { display: "grid", gap: tokens.spacingVerticalS },
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
  search: Search;
  schoolZone: string;
  locale: string;
  chosen: readonly number[];
  onToggle: (start: number) => void;
}

const minutesOf = (slot: { start: number; end: number }) => Math.round((slot.end - slot.start) / 60_000);

/**
 * Ranked times with the reason for each, or what stands in the way. Give each search its own `key`:
 * the answer is brought into view when it arrives.
 */
export function SlotResults({ search, schoolZone, locale, chosen, onToggle }: Props) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the answer instead of staying on the button.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus();
  }, []);

  const { result } = search.outcome;
  const familyZone = search.input.family.zone;
  const { minutes, format } = search.input.meeting;
  const lengthOf = (slot: { start: number; end: number }) =>
    slotLengthText(minutesOf(slot), minutes, search.needs.extraTime);
  const slots = result.kind === "found" ? result.slots : [];
  const lengths = new Set(slots.map(minutesOf));
  const oneLength = lengths.size === 1;
  const abroad = familyZone !== schoolZone;

  return (
    <section aria-labelledby="slots-heading" className={styles.results}>
      <h3 id="slots-heading" ref={heading} tabIndex={-1}>
        {staffText(result.kind === "found" ? "findTimes.results.found" : "findTimes.results.none")}
      </h3>
      {result.kind === "rejected" && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{staffText("findTimes.results.rejected")}</MessageBarTitle>
            {result.problems.map((p) => p.message).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {result.kind === "none" && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{staffText("findTimes.results.noneSuits")}</MessageBarTitle>
            {result.explanation}
          </MessageBarBody>
        </MessageBar>
      )}
      {result.kind === "found" && (
        <>
          <Text role="status">{staffText("findTimes.results.count", { count: slots.length })}</Text>
          {oneLength && slots[0] && (
            <Text>{staffText("findTimes.results.eachLength", { length: lengthOf(slots[0]) })}</Text>
          )}
          <Text>
            {staffText("findTimes.results.held", { format: formatDescription(search.form.format, format) })}
          </Text>
          <ol className={styles.list} aria-label={staffText("findTimes.results.list")}>
            {slots.map((s, i) => (
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
                            {staffText("findTimes.results.bestFit")}
                          </Badge>
                        </>
                      )}
                    </>
                  }
                />
                {abroad && (
                  <Text size={200}>
                    {staffText("findTimes.results.forFamily", {
                      slot: formatSlot(s.start, s.end, familyZone, locale),
                      zone: formatZoneAbbreviation(s.start, familyZone, locale),
                    })}
                  </Text>
                )}
                {!oneLength && <Text size={200}>{lengthOf(s)}</Text>}
                <Text size={200}>{s.reason}</Text>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
