import type { Source } from "../../core/types";
import { fullSourceName, sourceName as shortSourceName } from "../../workbook/sourceName";

/** What a source is called in the pane: its title or file name, shortened (the full name on hover and focus). */
export function sourceName(source: Source): string {
  return shortSourceName(source);
}

/** The full name shown on hover and focus, with the outlet when there is one. */
export function sourceFullName(source: Source): string {
  const full = fullSourceName(source);
  return source.outlet && source.outlet !== full ? `${full} (${source.outlet})` : full;
}
