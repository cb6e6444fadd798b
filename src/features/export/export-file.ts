// Loaded when a reader downloads the commitments; the CSV library only for a CSV.
import type { Commitment, Dataset } from '../../data/schema';
import type { View } from '../../state/view';
import { exportMeta } from './export-meta';
import { exportRecords } from './export-records';
import { exportFileName } from './file-name';
import { toJson } from './json';

/** The CSV, its metadata file (what the CSV holds, in JSON), or the JSON with its meta block. */
export type ExportFormat = 'csv' | 'csv-metadata' | 'json';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  'csv-metadata': 'application/json;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

const EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  // Named after the CSV it describes: <name>.csv and <name>.metadata.json.
  'csv-metadata': 'metadata.json',
  json: 'json',
};

async function fileText(
  format: ExportFormat,
  records: ReturnType<typeof exportRecords>,
  meta: ReturnType<typeof exportMeta>,
): Promise<string> {
  if (format === 'json') return toJson(records, meta);
  const csv = await import('./csv');
  return format === 'csv' ? csv.toCsv(records) : csv.toCsvMetadata(meta);
}

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
  const text = await fileText(format, records, meta);
  return {
    blob: new Blob([text], { type: MEDIA_TYPES[format] }),
    fileName: exportFileName({ view, pair, date, extension: EXTENSIONS[format] }),
  };
}
