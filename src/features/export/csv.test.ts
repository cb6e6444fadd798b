import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filterCommitments } from '../../data/filter-commitments';
import { cloneFixture, SHOW_EVERYTHING } from '../../testing/test-fixture';
import { DEFAULT_VIEW } from '../../state/view';
import {
  CSV_COLUMNS,
  csvRow,
  LIST_SEPARATOR,
  neutraliseFormula,
  toCsv,
  toCsvMetadata,
} from './csv';
import { exportMeta } from './export-meta';
import { exportRecords, type ExportRecord } from './export-records';
import { hostileText } from '../../testing/hostile-text';
import { propertyRuns } from '../../testing/property-runs';
import { parseView } from '../../state/url-codec';
import { viewUrl } from '../../state/view-url';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', `'=HYPERLINK("https://evil.example","x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['=1\n=2', `'=1\n=2`],
    ['Chip memorandum signed', 'Chip memorandum signed'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['', ''],
    ['半導体', '半導体'],
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

function hostileRecords(): ExportRecord[] {
  const dataset = cloneFixture();
  const [first, second] = dataset.commitments;
  first!.title.en = '=HYPERLINK("https://evil.example","click")';
  first!.summary = 'Signed, "at last",\nafter a day.';
  first!.evidence[0]!.quote = '@SUM(1) — “quoted”, with, commas';
  second!.title.ja = '+81 への電話';
  return exportRecords(dataset, filterCommitments(dataset, SHOW_EVERYTHING));
}

const meta = (count: number) =>
  exportMeta({
    dataset: cloneFixture(),
    view: { ...DEFAULT_VIEW, domains: ['semiconductors'], q: 'x,=1' },
    pair: null,
    title: 'Commitments on Semiconductors (matching “x,=1”)',
    url: 'https://tracker.example/app/?domains=semiconductors&q=x,%3D1',
    exported: '2026-11-22',
    count,
  });

/** Reads a CSV file as a spreadsheet program or a script would: no option but the header. */
function parse(text: string) {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

describe('toCsv', () => {
  const records = hostileRecords();
  const text = toCsv(records);

  it('starts with a byte-order mark, then the header row as the first line', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(text).not.toMatch(/^#/m);
  });

  it('has flat columns for the first source beside the evidence cell', () => {
    const columns: readonly string[] = CSV_COLUMNS;
    expect(columns.slice(columns.indexOf('source_title'), columns.indexOf('evidence') + 1)).toEqual(
      ['source_title', 'source_publisher', 'source_url', 'source_kind', 'evidence'],
    );
    const claim = parse(text).data.find((row) => row.id === 'chip-team-claim')!;
    expect([
      claim.source_title,
      claim.source_publisher,
      claim.source_url,
      claim.source_kind,
    ]).toEqual(['An opinion', 'Blog', '', 'commentary']);
    const memorandum = parse(text).data.find((row) => row.id === 'chip-memorandum')!;
    expect(memorandum.source_url).toMatch(/^https:\/\//);
  });

  it('parses back, with the library, to exactly the rows, formulas made inert', () => {
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toEqual(
      records.map((record) => {
        const row = csvRow(record);
        return Object.fromEntries(CSV_COLUMNS.map((c) => [c, neutraliseFormula(row[c])]));
      }),
    );
    const [first, second] = parsed.data;
    expect(first!.title_en).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(first!.summary_en).toBe('Signed, "at last",\nafter a day.');
    expect(second!.title_ja).toBe(`'+81 への電話`);
  });

  it('keeps several evidence items in one cell that parses as JSON', () => {
    const claim = parse(text).data.find((row) => row.id === 'chip-team-claim')!;
    expect(JSON.parse(claim.evidence!)).toEqual([
      {
        source: 'commentary',
        title: 'An opinion',
        publisher: 'Blog',
        kind: 'commentary',
        date: null,
        language: 'en',
        url: null,
        quote: 'a team has been assembled',
      },
      {
        source: 'official-release',
        title: 'Official release',
        publisher: 'Ministry',
        kind: 'official',
        date: '2024-04-30',
        language: 'en',
        url: 'https://example.go.jp/release',
        quote: 'decided to set up a team',
        stance: 'contradicts',
      },
    ]);
    expect(claim.confidence).toBe('disputed');
    expect(claim.confidence_note_en).toBe(
      'The official release says the team is still to be set up.',
    );
  });

  it('lists domains as ids in one cell', () => {
    const talks = parse(text).data.find((row) => row.id === 'ai-talks')!;
    expect(talks.domains!.split(LIST_SEPARATOR)).toEqual(['ai', 'semiconductors']);
    expect([talks.meeting_id, talks.meeting_en, talks.meeting_date, talks.date]).toEqual([
      'dpc2',
      '2nd Council',
      '2024-04-30',
      '2024-04-30',
    ]);
  });

  it('with no commitment: the header row only', () => {
    const empty = parse(toCsv([]));
    expect(empty.data).toEqual([]);
    expect(empty.meta.fields).toEqual([...CSV_COLUMNS]);
  });
});

describe('toCsvMetadata', () => {
  it('holds the view’s meta block and the columns of the CSV', () => {
    const parsed = JSON.parse(toCsvMetadata(meta(3)));
    expect(parsed.meta).toMatchObject({
      title: 'Commitments on Semiconductors (matching “x,=1”)',
      dataset: { version: '2.0.1', licence: 'CC-BY-4.0' },
      exported: '2026-11-22',
      url: 'https://tracker.example/app/?domains=semiconductors&q=x,%3D1',
      filters: { domains: ['semiconductors'], meetings: 'all', q: 'x,=1' },
      count: 3,
    });
    expect(parsed.columns).toEqual([...CSV_COLUMNS]);
  });
});

describe('a CSV of hostile text', () => {
  const hostileRecords = fc
    .record({
      title: hostileText(),
      summary: hostileText(),
      quote: hostileText(),
      publisher: hostileText(),
      path: hostileText(),
    })
    .map(({ title, summary, quote, publisher, path }) => {
      const dataset = cloneFixture();
      const [first] = dataset.commitments;
      first!.title = { en: title, ja: title };
      first!.summary = { en: summary, ja: summary };
      first!.evidence[0]!.quote = quote;
      const source = dataset.sources.find((s) => s.id === first!.evidence[0]!.source)!;
      source.publisher = publisher;
      // An address the schema accepts, with the text percent-encoded into its path and query.
      const encoded = encodeURIComponent(path.replace(/[\uD800-\uDFFF]/g, '?'));
      source.url = `https://example.org/${encoded}?a==${encoded}&b=+@-`;
      return exportRecords(dataset, filterCommitments(dataset, SHOW_EVERYTHING));
    });

  it('parses back to every cell, only formulas changed, addresses exactly as they are', () => {
    fc.assert(
      fc.property(hostileRecords, (records) => {
        const parsed = parse(toCsv(records));
        expect(parsed.errors).toEqual([]);
        parsed.data.forEach((row, index) => {
          const cells = csvRow(records[index]!);
          for (const column of CSV_COLUMNS) {
            const cell = cells[column];
            expect(row[column]).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
          }
          // An address starts with http: it cannot be a formula, and opens as it is.
          expect(row.source_url).toBe(records[index]!.evidence[0]?.url ?? '');
        });
      }),
      propertyRuns(200),
    );
  });

  it('goes with the address that reopens the view, unchanged, whatever was searched', () => {
    fc.assert(
      fc.property(hostileText(60), (q) => {
        const { view } = parseView(`?${new URLSearchParams({ q, domains: 'ai' }).toString()}`);
        const url = viewUrl('https://tracker.example/app/', view);
        const written = JSON.parse(
          toCsvMetadata(
            exportMeta({
              dataset: cloneFixture(),
              view,
              pair: null,
              title: q,
              url,
              exported: '2026-11-30',
              count: 1,
            }),
          ),
        ) as { meta: { url: string } };
        expect(written.meta.url).toBe(url);
        expect(parseView(new URL(written.meta.url).search).view).toEqual(view);
      }),
      propertyRuns(300),
    );
  });
});
