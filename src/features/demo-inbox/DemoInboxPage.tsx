import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import { SanitizedHtml } from "../../ui/SanitizedHtml";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalL },
  mail: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: "#ffffff",
    color: "#242424",
    // An email is shown as on paper, except under Windows' contrast themes, which recolour it anyway.
    // (Its own inline colours included: the theme overrides them whatever they say.)
    "@media (forced-colors: active)": {
      backgroundColor: "Canvas",
      color: "CanvasText",
      "& p, & li, & h1, & h2, & h3, & td, & span, & div": { color: "CanvasText !important" },
    },
  },
});

/**
 * Demo only: the mail the fictional school sent to families, as their inboxes would show it, so a
 * visitor can open a parent's link and answer as the family would.
 */
export function DemoInboxPage() {
  const { demo } = useServices();
  const styles = useStyles();
  const [sent, retry] = useAsync(async () => [...((await demo?.sentToFamilies()) ?? [])].reverse(), [demo]);
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{staffText("demoInbox.heading")}</h2>
      {!demo && <Text>{staffText("demoInbox.notDemo")}</Text>}
      <AsyncView state={sent} retry={retry} loadingLabel={staffText("demoInbox.loading")}>
        {(mails) => (
          <>
            {demo && mails.length === 0 && <Text>{staffText("demoInbox.empty")}</Text>}
            <ul className={styles.list} aria-label={staffText("demoInbox.list")}>
              {mails.map((m) => (
                <li key={m.id} className={styles.mail}>
                  <Text weight="semibold">{staffText("demoInbox.to", { to: m.to })}</Text>
                  <div>
                    <Text>{m.subject}</Text>
                  </div>
                  <SanitizedHtml html={m.html} />
                  {(m.attachments ?? []).length > 0 && (
                    <Text size={200}>
                      {staffText("demoInbox.attached", { files: m.attachments?.join(", ") ?? "" })}
                    </Text>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </AsyncView>
    </section>
  );
}
