import { Button, CounterBadge, Field, SearchBox, Select, makeStyles, tokens } from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { STATUS_ORDER, type FigureStatus, type Source } from "../../core/types";
import { DIMENSION_LABELS, UNIT_DIMENSIONS, type UnitDimension } from "../format/unitDimension";
import { NO_FILTER, type AuditFilter } from "./filterFigures";
import { STATUS_LABELS } from "./status";
import { sourceName } from "../sources/sourceNames";

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  searchLine: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", minWidth: 0 },
  search: { flexGrow: 1, minWidth: 0 },
  /** Two selects a line at 350 px (each ≥ 140 px, so "Conflicting (12)" is not cut); the Source filter on its own. */
  selects: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS, minWidth: 0 },
  wide: { gridColumn: "1 / -1", minWidth: 0 },
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
});

export interface AuditFiltersProps {
  filter: AuditFilter;
  sources: Source[];
  statusCounts: Record<FigureStatus, number>;
  onChange(filter: AuditFilter): void;
}

function activeCount(filter: AuditFilter): number {
  return (filter.status !== "all" ? 1 : 0) + (filter.dimension !== "all" ? 1 : 0) + (filter.sourceId !== "all" ? 1 : 0);
}

/** Filters of the audit: a search over subjects and quotes, and behind "Filters" the status, unit family and source. */
export function AuditFilters({ filter, sources, statusCounts, onChange }: AuditFiltersProps) {
  const styles = useStyles();
  const active = activeCount(filter);
  const [open, setOpen] = useState(active > 0);
  return (
    <div className={styles.filters}>
      <div className={styles.searchLine}>
        <SearchBox
          className={styles.search}
          aria-label="Search subjects and quotes"
          value={filter.query}
          onChange={(_, data) => onChange({ ...filter, query: data.value })}
          placeholder="Search subjects and quotes"
        />
        <Button
          appearance={open ? "secondary" : "subtle"}
          icon={<FilterRegular />}
          aria-expanded={open}
          aria-controls="audit-filter-fields"
          onClick={() => setOpen(!open)}
        >
          Filters
          {active > 0 && <CounterBadge count={active} size="small" color="brand" aria-label={`${active} active`} />}
        </Button>
      </div>
      {open && (
        <div className={styles.selects} id="audit-filter-fields">
          <Field label="Status" className={styles.field}>
            <Select className={styles.select} value={filter.status} onChange={(_, data) => onChange({ ...filter, status: data.value as AuditFilter["status"] })}>
              <option value="all">All</option>
              {STATUS_ORDER.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]} ({statusCounts[status] ?? 0})
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Unit" className={styles.field}>
            <Select className={styles.select} value={filter.dimension} onChange={(_, data) => onChange({ ...filter, dimension: data.value as UnitDimension | "all" })}>
              <option value="all">All</option>
              {UNIT_DIMENSIONS.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {DIMENSION_LABELS[dimension]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Source" className={styles.wide}>
            <Select className={styles.select} value={filter.sourceId} onChange={(_, data) => onChange({ ...filter, sourceId: data.value })}>
              <option value="all">All</option>
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {sourceName(source)}
                </option>
              ))}
            </Select>
          </Field>
          {active > 0 && (
            <div className={styles.wide}>
              <Button size="small" appearance="subtle" onClick={() => onChange({ ...NO_FILTER, query: filter.query })}>
                Clear filters
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
