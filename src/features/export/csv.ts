// Loaded only when a reader asks for a CSV file (the CSV library with it).
import Papa from 'papaparse';
import type { ExportFilters, ExportMeta } from './export-meta';
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

/**
 * A comment line, safe in a spreadsheet too. A spreadsheet splits an unquoted line at its commas,
 * so every part after a comma must be inert as well (a part opening with a quote mark would be read
 * as a quoted cell). Line breaks would start a new row, so they become spaces.
 */
export function commentLine(text: string): string {
  const parts = `# ${text.replace(/[\r\n\t]+/g, ' ')}`.split(',');
  return parts
    .map((part, index) => (index > 0 && /^["=+\-@]/.test(part) ? `'${part}` : part))
    .join(',');
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
    evidence: evidenceCell(record),
    confidence_note_en: record.confidenceNote?.en ?? '',
    confidence_note_ja: record.confidenceNote?.ja ?? '',
  };
}

function filtersLine(filters: ExportFilters): string {
  const list = (values: string[] | 'all') => (values === 'all' ? 'all' : values.join(','));
  return [
    `domains=${list(filters.domains)}`,
    `meetings=${list(filters.meetings)}`,
    `type=${list(filters.type)}`,
    `status=${list(filters.status)}`,
    `confidence=${filters.confidence.join(',')}`,
    `q=${JSON.stringify(filters.q)}`,
  ].join('; ');
}

/** The lines before the header row: what the file holds, where from, and under which licence. */
export function csvCommentLines(meta: ExportMeta): string[] {
  return [
    `Title: ${meta.title}`,
    `Dataset: ${meta.dataset.title.en}`,
    `Dataset version: ${meta.dataset.version} (last updated ${meta.dataset.lastUpdated})`,
    `Licence: ${meta.dataset.licence}`,
    `Exported: ${meta.exported}`,
    `View: ${meta.url}`,
    `Filters: ${filtersLine(meta.filters)}${meta.compare ? `; compare=${meta.compare.join(',')}` : ''}`,
    `Commitments: ${meta.count}`,
    `Columns: domains are ids separated by "${LIST_SEPARATOR.trim()}"; evidence is a JSON list of {source, title, publisher, url, quote, translation, stance}`,
  ].map(commentLine);
}

/**
 * The CSV file: comment lines (starting with #), then a header row and one row per commitment.
 * Quoting is the CSV library's; a byte-order mark lets Excel read the Japanese text as UTF-8.
 */
export function toCsv(records: readonly ExportRecord[], meta: ExportMeta): string {
  const rows = records.map((record) => {
    const cells = csvRow(record);
    return CSV_COLUMNS.map((column) => neutraliseFormula(cells[column]));
  });
  const table = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', header: true },
  );
  return `\uFEFF${csvCommentLines(meta).join('\r\n')}\r\n${table}\r\n`;
}
