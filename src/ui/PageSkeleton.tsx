import { makeStyles, tokens } from "@fluentui/react-components";
import { shellText } from "../domain/i18n/shellText";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  bar: {
    height: "16px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralStencil1,
  },
  short: { width: "40%" },
  card: { height: "72px" },
});

/**
 * A page's outline while its code or its first data is on the way: its heading when it is known
 * without data, then grey blocks where the content will be. Announced once, as "Opening…".
 */
export function PageSkeleton({ title }: { title: string | undefined }) {
  const styles = useStyles();
  return (
    <div
      className={styles.root}
      role="status"
      aria-label={title ? shellText("shell.openingPage", { title }) : shellText("shell.opening")}
    >
      {title ? <h2>{title}</h2> : <div className={`${styles.bar} ${styles.short}`} />}
      <div className={`${styles.bar} ${styles.short}`} />
      <div className={`${styles.bar} ${styles.card}`} />
      <div className={`${styles.bar} ${styles.card}`} />
      <div className={`${styles.bar} ${styles.card}`} />
    </div>
  );
}
