import { Field, SearchBox, Select, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_ORDER, type FigureStatus, type Source } from "../../core/types";
import { DIMENSION_LABELS, UNIT_DIMENSIONS, type UnitDimension } from "../format/unitDimension";
import type { AuditFilter } from "./filterFigures";
import { STATUS_LABELS } from "./status";
import { sourceName } from "../sources/SourceList";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  search: { gridColumn: "1 / -1" },
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
});

export interface AuditFiltersProps {
  filter: AuditFilter;
  sources: Source[];
  statusCounts: Record<FigureStatus, number>;
  onChange(filter: AuditFilter): void;
}

/** Filters of the audit: status, unit dimension, source, and a search over subjects and quotes. */
export function AuditFilters({ filter, sources, statusCounts, onChange }: AuditFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.filters}>
      <Field label="Search subjects and quotes" className={styles.search}>
        <SearchBox value={filter.query} onChange={(_, data) => onChange({ ...filter, query: data.value })} placeholder="e.g. trade, students" />
      </Field>
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
      <Field label="Source" className={styles.field}>
        <Select className={styles.select} value={filter.sourceId} onChange={(_, data) => onChange({ ...filter, sourceId: data.value })}>
          <option value="all">All</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {sourceName(source)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
