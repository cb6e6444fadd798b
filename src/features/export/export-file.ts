// Loaded when a reader downloads the commitments; the CSV library only for a CSV.
import type { Commitment, Dataset } from '../../data/schema';
import type { View } from '../../state/view';
import { exportMeta } from './export-meta';
import { exportRecords } from './export-records';
import { exportFileName } from './file-name';
import { toJson } from './json';

export type ExportFormat = 'csv' | 'json';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

export interface ExportRequest {
  dataset: Dataset;
  view: View;
  pair: [string, string] | null;
  commitments: readonly Commitment[];
  /** The view's description (describeView). */
  title: string;
  url: string;
  /** The reader's date, YYYY-MM-DD. */
  date: string;
}

/** The file of the view's commitments in one format, and its name. */
export async function exportFile(
  format: ExportFormat,
  request: ExportRequest,
): Promise<{ blob: Blob; fileName: string }> {
  const { dataset, view, pair, title, url, date } = request;
  const records = exportRecords(dataset, request.commitments);
  const meta = exportMeta({
    dataset,
    view,
    pair,
    title,
    url,
    exported: date,
    count: records.length,
  });
  const text =
    format === 'csv' ? (await import('./csv')).toCsv(records, meta) : toJson(records, meta);
  return {
    blob: new Blob([text], { type: MEDIA_TYPES[format] }),
    fileName: exportFileName({ view, pair, date, extension: format }),
  };
}
