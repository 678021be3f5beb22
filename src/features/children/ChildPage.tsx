import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Spinner,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { Child } from "../../domain/school/people";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { ChildMeetings } from "../meetings/ChildMeetings";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { StandingAdjustments } from "./StandingAdjustments";
import { Timeline } from "./Timeline";

const useStyles = makeStyles({
  carers: { display: "grid", gap: tokens.spacingVerticalS, padding: 0, listStyle: "none" },
  carer: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  apart: { display: "grid", gap: tokens.spacingVerticalXS, marginBlock: tokens.spacingVerticalM },
  apartRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * The "keep households apart" switch, saved on every carer of the child. Shown for families in
 * more than one household, and for any child already marked, so the mark can always be taken off.
 */
function KeepApartSwitch({ child }: { child: Child }) {
  const { families } = useServices();
  const styles = useStyles();
  const hintId = useId();
  const [apart, setApart] = useState(child.keepHouseholdsApart);
  const save = useAction(
    (next: boolean) => families.setKeepHouseholdsApart(child.id, next).then(() => next),
    setApart,
  );
  // A switch can only flip, so while saving it shows the flipped value; a failure leaves it as saved.
  const shown = save.busy ? !apart : apart;

  return (
    <div className={styles.apart}>
      <div className={styles.apartRow}>
        <Switch
          label={staffText("children.keepApart.label")}
          checked={shown}
          disabled={save.busy}
          aria-describedby={hintId}
          onChange={(_, data) => void save.run(data.checked)}
        />
        {save.busy && <Spinner size="tiny" label={staffText("children.keepApart.saving")} />}
      </div>
      <Text id={hintId} size={200}>
        {staffText("children.keepApart.hint")}
      </Text>
      {save.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("children.keepApart.notSaved", { error: errorText(save.error) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save.retry()}>{staffText("shell.tryAgain")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

/** One child: who cares for them and, as the timeline grows, their story in order. */
export function ChildPage({ childId, entryId }: { childId: string; entryId?: string | undefined }) {
  const { directory } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync(async () => {
    const [children, carers] = await Promise.all([directory.children(), directory.carers(childId)]);
    return { child: children.find((c) => c.id === childId), carers };
  }, [directory, childId]);
  return (
    <AsyncView state={state} retry={retry} loadingLabel={staffText("children.child.loading")}>
      {({ child, carers }) =>
        child ? (
          <section aria-labelledby="child-heading">
            <Link href={routes.children()}>{staffText("children.child.all")}</Link>
            <h2 id="child-heading">{child.name}</h2>
            <Text>{child.yearGroup}</Text>{" "}
            <Link href={routes.findTimes(child.id)}>{staffText("children.child.findTimes")}</Link>
            <h3>{staffText("children.child.carers")}</h3>
            {(new Set(carers.map((c) => c.household)).size > 1 || child.keepHouseholdsApart) && (
              <KeepApartSwitch child={child} />
            )}
            <ul className={styles.carers}>
              {carers.map((c) => (
                <li key={c.id} className={styles.carer}>
                  <Text weight="semibold">{c.name}</Text> <Text size={200}>({c.relationship})</Text>
                  <div>
                    <Text size={200}>{c.email}</Text>
                  </div>
                  <div className={styles.badges}>
                    <Badge appearance="tint">
                      {staffText("children.child.household", { household: c.household })}
                    </Badge>
                    {c.preferredLanguage !== "en" && (
                      <Badge appearance="tint" color="informative">
                        {staffText("children.child.prefers", { language: languageName(c.preferredLanguage) })}
                      </Badge>
                    )}
                    {c.standingAdjustments.map((a) => (
                      <Badge key={a} appearance="tint" color="important">
                        {a}
                      </Badge>
                    ))}
                  </div>
                  <StandingAdjustments carer={c} onChanged={retry} />
                </li>
              ))}
            </ul>
            <ChildMeetings childId={child.id} childName={child.name} />
            <Timeline childId={child.id} entryId={entryId} />
          </section>
        ) : (
          <Text role="alert">{staffText("children.child.notOnList")}</Text>
        )
      }
    </AsyncView>
  );
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en-GB"], { type: "language" }).of(tag) ?? tag;
  } catch (cause) {
    // A tag typed by hand into the list may not be a language Intl knows: show it as written.
    if (cause instanceof RangeError) return tag;
    throw cause;
  }
}
