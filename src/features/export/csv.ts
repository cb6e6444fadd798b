// Loaded only when a reader asks for a CSV file (the CSV library with it).
import Papa from 'papaparse';
import type { ExportMeta } from './export-meta';
import type { ExportRecord } from './export-records';

export const CSV_COLUMNS = [
  'id',
  'title_en',
  'title_ja',
  'meeting_id',
  'meeting_en',
  'meeting_ja',
  'meeting_date',
  'date',
  'domains',
  'type',
  'status',
  'claims',
  'checked',
  'confidence',
  'thread_id',
  'thread_en',
  'thread_ja',
  'summary_en',
  'summary_ja',
  'source_title',
  'source_publisher',
  'source_url',
  'source_kind',
  'evidence',
  'confidence_note_en',
  'confidence_note_ja',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separates the ids of a list in one cell; ids never contain it. */
export const LIST_SEPARATOR = '; ';

// A cell a spreadsheet would read as a formula (or a command). The check covers the whole cell,
// line breaks included.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell inert in a spreadsheet: one that starts like a formula gets a leading apostrophe,
 * so Excel, LibreOffice and Google Sheets show it as text instead of running it. Exports are
 * opened in spreadsheets, and titles, quotes and the search text may come from anyone.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The evidence of one commitment in one cell: a JSON list, so it parses back exactly. */
function evidenceCell(record: ExportRecord): string {
  return JSON.stringify(
    record.evidence.map(
      ({ source, title, publisher, kind, date, language, url, quote, translation, stance }) => ({
        source,
        title,
        publisher,
        kind,
        date,
        language,
        url,
        quote,
        ...(translation ? { translation } : {}),
        ...(stance === 'contradicts' ? { stance } : {}),
      }),
    ),
  );
}

/** The cells of one row, by column, before they are made inert. */
export function csvRow(record: ExportRecord): Record<CsvColumn, string> {
  // The first source, in flat columns, for a reader who does not parse the evidence cell.
  const first = record.evidence[0];
  return {
    id: record.id,
    title_en: record.title.en,
    title_ja: record.title.ja,
    meeting_id: record.meeting.id,
    meeting_en: record.meeting.title.en,
    meeting_ja: record.meeting.title.ja,
    meeting_date: record.meeting.date ?? '',
    date: record.date ?? '',
    domains: record.domains.join(LIST_SEPARATOR),
    type: record.type,
    status: record.status ?? '',
    claims: record.claims ?? '',
    checked: record.checked,
    confidence: record.confidence,
    thread_id: record.thread.id,
    thread_en: record.thread.title?.en ?? '',
    thread_ja: record.thread.title?.ja ?? '',
    summary_en: record.summary.en,
    summary_ja: record.summary.ja ?? '',
    source_title: first?.title ?? '',
    source_publisher: first?.publisher ?? '',
    source_url: first?.url ?? '',
    source_kind: first?.kind ?? '',
    evidence: evidenceCell(record),
    confidence_note_en: record.confidenceNote?.en ?? '',
    confidence_note_ja: record.confidenceNote?.ja ?? '',
  };
}

/** What the columns hold, for the metadata file that goes with the CSV. */
export const CSV_NOTES = [
  `domains are ids separated by "${LIST_SEPARATOR.trim()}"`,
  'source_title, source_publisher, source_url and source_kind are those of the first source',
  'evidence is a JSON list of {source, title, publisher, kind, date, language, url, quote, translation, stance}',
  'a cell starting with =, +, -, @, a tab or a carriage return is written with a leading apostrophe',
];

/** The metadata file that goes with a CSV: the view's meta block and what the columns hold. */
export function toCsvMetadata(meta: ExportMeta): string {
  return `${JSON.stringify({ meta, columns: [...CSV_COLUMNS], notes: CSV_NOTES }, null, 2)}\n`;
}

/**
 * The CSV file: the header row first, then one row per commitment, so that any program reads it
 * as it is. What the file is (view, dataset version, licence, date, address, filters) is in the
 * metadata file beside it (toCsvMetadata) and in the JSON export. Quoting is the CSV library's; a
 * byte-order mark lets Excel read the Japanese text as UTF-8.
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const rows = records.map((record) => {
    const cells = csvRow(record);
    return CSV_COLUMNS.map((column) => neutraliseFormula(cells[column]));
  });
  const table = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', header: true },
  );
  return `\uFEFF${table}\r\n`;
}
