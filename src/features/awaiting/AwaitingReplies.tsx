import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { expireOffers } from "../../domain/meetings/expireOffers";
import { planFromJson } from "../../domain/meetings/meetingPlan";
import { DAY_MS } from "../../domain/time/instant";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { ReplyCheck } from "./ReplyCheck";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
});

/** How long without a reply before we suggest a friendly chase. */
const CHASE_AFTER_DAYS = 5;

/** Every open offer, its age, whether a chase is due, and the replies that have come in. */
export function AwaitingReplies() {
  const { records, directory, clock, calendar } = useServices();
  const styles = useStyles();
  const [open, setOpen] = useState<string>();
  const [booked, setBooked] = useState<string>();
  const [state, retry] = useAsync(async () => {
    const [all, unfinished, children] = await Promise.all([
      records.meetingsWithStatus("offered"),
      records.meetingsWithStatus("booking"),
      directory.children(),
    ]);
    const expired = await expireOffers({ records, calendar, clock }, all);
    // A booking interrupted part-way stays here until it is finished, so nothing is left half done.
    const offers = [...unfinished, ...all.filter((o) => !expired.includes(o.value.id))];
    return offers.flatMap((o) => {
      const plan = planFromJson(o.value.data);
      return plan
        ? [{ id: o.value.id, plan, child: children.find((c) => c.id === plan.childId)?.name ?? plan.childId }]
        : [];
    });
  }, [records, directory, calendar, clock]);
  return (
    <section aria-labelledby="awaiting-heading">
      <h3 id="awaiting-heading">Awaiting reply</h3>
      {booked && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{booked}</MessageBarBody>
        </MessageBar>
      )}
      <AsyncView state={state} retry={retry} loadingLabel="Loading open offers…">
        {(offers) =>
          offers.length === 0 ? (
            <Text>No offers are waiting for a reply.</Text>
          ) : (
            <ul className={styles.list} aria-label="Offers awaiting a reply">
              {offers.map(({ id, plan, child }) => {
                const days = Math.max(0, Math.floor((clock.now() - plan.createdAt) / DAY_MS));
                return (
                  <li key={id} className={styles.item}>
                    <Text weight="semibold">{child}</Text>
                    <Text size={200}>
                      {plan.slots.length} times offered to {plan.carers.map((c) => c.name).join(" and ")},{" "}
                      {days === 0 ? "today" : `${days} ${days === 1 ? "day" : "days"} ago`}
                      {days >= CHASE_AFTER_DAYS && (
                        <>
                          {" "}
                          <Badge color="warning">Chase due</Badge>
                        </>
                      )}
                    </Text>
                    {(plan.bookingStarted !== undefined || plan.booking) && (
                      <Text>
                        <Badge color="danger">Booking not finished</Badge> Open the replies and press Book to
                        finish it; nothing will be booked or sent twice.
                      </Text>
                    )}
                    {open === id ? (
                      <ReplyCheck
                        meetingId={id}
                        plan={plan}
                        onBooked={(message) => {
                          setBooked(message);
                          retry();
                        }}
                      />
                    ) : (
                      <div>
                        <Button onClick={() => setOpen(id)}>Check for replies</Button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </AsyncView>
    </section>
  );
}
