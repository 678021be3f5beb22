import { Badge, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textDecoration: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  search: { width: "100%", maxWidth: "420px", marginBottom: tokens.spacingVerticalM },
  meta: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Every child on the school's list, searchable; each opens its timeline. */
export function ChildrenPage() {
  const { directory } = useServices();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [state, retry] = useAsync(() => directory.children(), [directory]);
  const q = query.trim().toLowerCase();
  const filter = useMemo(() => (name: string) => !q || name.toLowerCase().includes(q), [q]);
  return (
    <section aria-labelledby="children-heading">
      <h2 id="children-heading">Children</h2>
      <Input
        className={styles.search}
        contentBefore={<SearchRegular />}
        placeholder="Search by name"
        aria-label="Search children by name"
        value={query}
        onChange={(_, d) => setQuery(d.value)}
      />
      <AsyncView state={state} retry={retry} loadingLabel="Loading children…">
        {(children) => {
          const shown = children.filter((c) => filter(c.name));
          return (
            <>
              <Text role="status">
                {shown.length} of {children.length} children
              </Text>
              <ul className={styles.list} aria-label="Children">
                {shown.map((c) => (
                  <li key={c.id}>
                    <a className={styles.item} href={`#/children/${encodeURIComponent(c.id)}`}>
                      <span>{c.name}</span>
                      <span className={styles.meta}>
                        {c.keepHouseholdsApart && (
                          <Badge appearance="tint" color="warning" size="small">
                            Households apart
                          </Badge>
                        )}
                        <Text size={200}>{c.yearGroup}</Text>
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
