import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterCommitments } from '../../data/filter-commitments';
import { migrateV1 } from '../../data/migrate-v1';
import { parseDatasetText } from '../../data/parse-dataset';
import type { Dataset } from '../../data/schema';
import { DEFAULT_VIEW } from '../../state/view';
import { hostileText } from '../../testing/hostile-text';
import { propertyRuns } from '../../testing/property-runs';
import { fixtureDataset, SHOW_EVERYTHING } from '../../testing/test-fixture';
import { exportFile, type ExportFormat } from './export-file';

/**
 * Where a reader's file may carry a key the schema does not know: each place an object of the
 * dataset sits, as a path of keys and indexes from the top.
 */
const PLACES: readonly (readonly (string | number)[])[] = [
  [],
  ['meta'],
  ['meta', 'title'],
  ['domains', 0],
  ['domains', 0, 'label'],
  ['meetings', 0],
  ['meetings', 0, 'title'],
  ['threads', 0],
  ['threads', 0, 'title'],
  ['sources', 0],
  ['commitments', 0],
  ['commitments', 0, 'title'],
  ['commitments', 0, 'evidence', 0],
  ['commitments', 1, 'title'],
  ['commitments', 2, 'evidence', 1],
];

/**
 * The text of a reader's file: the fixture with an unknown key at each place, holding a value
 * nested `depth` objects deep. Written by hand: JSON.stringify itself would overflow on it.
 */
function fileWithUnknownKey(key: string, depth: number, places = PLACES): string {
  const deep = `${'{"k":'.repeat(depth)}"${key}"${'}'.repeat(depth)}`;
  const marker = '"__deep_value__"';
  const data = structuredClone(fixtureDataset) as unknown as Record<string, unknown>;
  for (const place of places) {
    const target = place.reduce<Record<string | number, unknown>>(
      (node, step) => node[step] as Record<string | number, unknown>,
      data,
    );
    target[key] = '__deep_value__';
  }
  return JSON.stringify(data).split(marker).join(deep);
}

/** The dataset as the page holds it: validated (in a worker), then parsed here as it is. */
function openedAsThePageDoes(text: string): Dataset {
  expect(parseDatasetText(text).ok).toBe(true);
  return migrateV1(JSON.parse(text)) as Dataset;
}

async function exported(format: ExportFormat, dataset: Dataset): Promise<string> {
  const { blob } = await exportFile(format, {
    dataset,
    view: DEFAULT_VIEW,
    pair: null,
    commitments: filterCommitments(dataset, SHOW_EVERYTHING),
    title: 'All commitments',
    url: 'https://tracker.example/',
    date: '2026-11-30',
  });
  return blob.text();
}

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'csv-metadata'];

describe('exports of a reader’s file with keys the schema does not know', () => {
  it.each(FORMATS)(
    '%s: a key nested 10,000 deep is left out, and the export works',
    async (format) => {
      const dataset = openedAsThePageDoes(fileWithUnknownKey('unknownKey', 10_000));
      const text = await exported(format, dataset);
      expect(text).toContain(format === 'csv-metadata' ? 'All commitments' : 'chip-memorandum');
      expect(text).not.toContain('unknownKey');
    },
  );

  it('writes, whatever the key and wherever it is, only what the schema knows', async () => {
    const key = fc
      .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
      .map((name) => `unknown-${name.replace(/["\\]/g, '_')}`);
    await fc.assert(
      fc.asyncProperty(
        key,
        fc.integer({ min: 1, max: 2_000 }),
        fc.subarray([...PLACES], { minLength: 1 }),
        async (name, depth, places) => {
          const dataset = openedAsThePageDoes(fileWithUnknownKey(name, depth, places));
          const json = await exported('json', dataset);
          expect(json).not.toContain(name);
          expect(JSON.parse(json).commitments).toHaveLength(3);
        },
      ),
      propertyRuns(40),
    );
  });
});

describe('exports of hostile text', () => {
  it('give back in the JSON every text exactly as the file had it', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), hostileText(), async (title, quote) => {
        const data = structuredClone(fixtureDataset);
        data.commitments[0]!.title.en = title;
        data.commitments[0]!.evidence[0]!.quote = quote;
        const json = JSON.parse(await exported('json', data)) as {
          commitments: { title: { en: string }; evidence: { quote: string }[] }[];
        };
        const [first] = json.commitments;
        // Control characters and lone surrogates are written as \u escapes, which read back.
        expect(first!.title.en).toBe(title);
        expect(first!.evidence[0]!.quote).toBe(quote);
      }),
      propertyRuns(100),
    );
  });
});
