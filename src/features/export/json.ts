import type { ExportMeta } from './export-meta';
import type { ExportRecord } from './export-records';

/** The JSON file: a `meta` block saying what it holds, then the commitments. */
export function toJson(records: readonly ExportRecord[], meta: ExportMeta): string {
  return `${JSON.stringify({ meta, commitments: records }, null, 2)}\n`;
}
