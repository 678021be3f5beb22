import { Input, makeStyles, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, SearchRegular } from "@fluentui/react-icons";
import { useState } from "react";
import {
  ATTENTION_FILTERS,
  type AttentionFilter,
  attentionCounts,
  withAttention,
} from "../../domain/families/childAttention";
import { staffText } from "../../domain/i18n/staffMessages";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { ChildAttentionBadges } from "./ChildAttentionBadges";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    color: tokens.colorBrandForegroundLink,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  search: { width: "100%", maxWidth: "420px", marginBottom: tokens.spacingVerticalS },
  count: { marginBottom: tokens.spacingVerticalS },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
});

/**
 * Every child on the school's list, searchable, with who needs attention at a glance; the
 * attention filters narrow the list together (a child must match every one chosen) and with the
 * search. Each filter's count is of the children the search finds.
 */
export function ChildrenPage() {
  const { childrenOverview } = useServices();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<ReadonlySet<AttentionFilter>>(new Set());
  const [state, retry] = useAsync(() => childrenOverview.load(), [childrenOverview]);
  const q = query.trim().toLowerCase();
  const toggle = (f: AttentionFilter) =>
    setFilters((now) => {
      const next = new Set(now);
      if (!next.delete(f)) next.add(f);
      return next;
    });
  return (
    <section aria-labelledby="children-heading">
      <h2 id="children-heading">{staffText("children.heading")}</h2>
      <Input
        className={styles.search}
        contentBefore={<SearchRegular />}
        placeholder={staffText("children.search.placeholder")}
        aria-label={staffText("children.search.label")}
        value={query}
        onChange={(_, d) => setQuery(d.value)}
      />
      <AsyncView state={state} retry={retry} loadingLabel={staffText("children.loading")}>
        {(all) => {
          const found = all.filter((a) => !q || a.child.name.toLowerCase().includes(q));
          const counts = attentionCounts(found);
          const shown = withAttention(found, filters);
          return (
            <>
              {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form's fieldset. */}
              <div className={styles.filters} role="group" aria-label={staffText("children.filters")}>
                {ATTENTION_FILTERS.map((f) => (
                  <ToggleButton
                    key={f}
                    size="small"
                    shape="circular"
                    checked={filters.has(f)}
                    appearance={filters.has(f) ? "primary" : "secondary"}
                    icon={filters.has(f) ? <CheckmarkRegular /> : undefined}
                    onClick={() => toggle(f)}
                  >
                    {staffText(`children.filter.${f}`)} ({counts[f]})
                  </ToggleButton>
                ))}
              </div>
              <Text role="status" block className={styles.count}>
                {staffText("children.count", { shown: shown.length, total: all.length })}
              </Text>
              <ul className={styles.list} aria-label={staffText("children.list")}>
                {shown.map((a) => (
                  <li key={a.child.id} className={styles.item}>
                    <span className={styles.title}>
                      <a className={styles.name} href={`#/children/${encodeURIComponent(a.child.id)}`}>
                        {a.child.name}
                      </a>
                      <Text size={200}>{a.child.yearGroup}</Text>
                    </span>
                    <ChildAttentionBadges attention={a} />
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
