import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/generate-dataset';
import { propertyRuns } from '../../testing/property-runs';
import { fixtureDataset } from '../../testing/test-fixture';
import {
  commitmentBibtex,
  commitmentBibtexKey,
  commitmentCitation,
  commitmentCslJson,
  commitmentRis,
  type CommitmentCitationInput,
} from './commitment-citation';

const commitment = fixtureDataset.commitments.find((c) => c.id === 'chip-memorandum')!;
const input = (changes: Partial<CommitmentCitationInput> = {}): CommitmentCitationInput => ({
  meta: fixtureDataset.meta,
  commitment,
  meeting: 'Tokyo 2023',
  date: '2023-07-03',
  url: 'https://example.org/?item=chip-memorandum',
  accessed: '2026-02-01',
  lang: 'en',
  ...changes,
});

describe('commitmentCitation', () => {
  it('names the commitment, its meeting, the dataset version and the permalink', () => {
    const text = commitmentCitation(input());
    expect(text).toContain(`“${commitment.title.en}” (Tokyo 2023, 3 July 2023)`);
    expect(text).toContain('dataset v2.0.1');
    expect(text).toContain('https://example.org/?item=chip-memorandum');
    expect(text).toContain('Licence: CC-BY-4.0');
  });

  it('is written in Japanese on the Japanese page', () => {
    const text = commitmentCitation(input({ lang: 'ja', meeting: '東京2023' }));
    expect(text).toContain(`「${commitment.title.ja}」（東京2023、2023年7月3日）`);
    expect(text).toContain('バージョン2.0.1');
  });

  it('leaves the date out where there is none', () => {
    expect(commitmentCitation(input({ date: undefined }))).toContain('(Tokyo 2023)');
  });
});

describe('commitmentBibtex', () => {
  it('is a @misc entry keyed by the dataset version and the commitment', () => {
    const entry = commitmentBibtex(input());
    expect(entry.startsWith('@misc{eujapandp-v2-0-1-chip-memorandum,\n')).toBe(true);
    expect(entry).toContain('  version = {2.0.1}');
    expect(entry).toContain('  howpublished = {\\url{https://example.org/?item=chip-memorandum}}');
    expect(entry).toContain('  year = {2023}');
    expect(entry).toContain('  urldate = {2026-02-01}');
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('escapes what LaTeX would read as commands', () => {
    const entry = commitmentBibtex(
      input({ commitment: { ...commitment, title: { en: 'R&D 100% {x}', ja: '' } } }),
    );
    expect(entry).toContain('title = {{R\\&D 100\\% \\textbraceleft{}x\\textbraceright{}}}');
  });

  it.each([
    ['2.0.1', 'a-b', 'eujapandp-v2-0-1-a-b'],
    ['2.0.0-rc 1', 'x/y', 'eujapandp-v2-0-0-rc-1-x-y'],
  ])('keys version %s and id %s as %s', (version, id, key) => {
    expect(commitmentBibtexKey({ ...fixtureDataset.meta, version }, id)).toBe(key);
  });
});

/** A RIS record read back as a reference manager reads it: a tag and a value per line. */
function parseRis(record: string): { tags: string[]; values: Map<string, string> } {
  const lines = record.split(/\r\n|\r|\n|\u2028|\u2029|\u0085|\v|\f/);
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  const tags = lines.map((line) => line.slice(0, 2));
  return { tags, values: new Map(lines.map((line) => [line.slice(0, 2), line.slice(6)])) };
}

const pinned = 'https://example.org/?item=chip-memorandum&v=1.1.0';

describe('commitmentRis', () => {
  it('is a DATA record of the commitment, the dataset version and the pinned permalink', () => {
    const { tags, values } = parseRis(commitmentRis(input({ url: pinned })));
    expect(tags[0]).toBe('TY');
    expect(values.get('TY')).toBe('DATA');
    expect(tags.at(-1)).toBe('ER');
    expect(tags.filter((tag) => tag === 'ER')).toHaveLength(1);
    expect(values.get('TI')).toBe(commitment.title.en);
    expect(values.get('ET')).toBe('2.0.1');
    expect(values.get('UR')).toBe(pinned);
    expect(values.get('DA')).toBe('2023/07/03');
    expect(values.get('Y2')).toBe('2026/02/01');
    expect(values.get('ID')).toBe('eujapandp-v2-0-1-chip-memorandum');
    expect(values.get('N1')).toContain('Tokyo 2023');
  });

  it('names the dataset in Japanese on the Japanese page', () => {
    const { values } = parseRis(commitmentRis(input({ lang: 'ja', meeting: '東京2023' })));
    expect(values.get('TI')).toBe(commitment.title.ja);
    expect(values.get('AU')).toBe(fixtureDataset.meta.title.ja);
  });
});

describe('commitmentCslJson', () => {
  it('parses as one dataset item with the title, the pinned permalink and the version', () => {
    const items = JSON.parse(commitmentCslJson(input({ url: pinned })));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'eujapandp-v2-0-1-chip-memorandum',
      type: 'dataset',
      title: commitment.title.en,
      URL: pinned,
      version: '2.0.1',
      issued: { 'date-parts': [[2023, 7, 3]] },
      accessed: { 'date-parts': [[2026, 2, 1]] },
    });
  });
});

/** Titles a dataset may hold, line breaks and markup of every kind included. */
const hostileTitle = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '\u2028', '\u2029', '\v', '\f', '\u0085', '\t'),
      { maxLength: 20 },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom('Title\nER  - \nTY  - JOUR', '\nUR  - https://evil.example/', '"}], {"x": 1'),
);

describe('for generated commitments with any title', () => {
  const generated = generateDataset(40, 7);

  it('the RIS record keeps one field a line, TY first and ER last', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...generated.commitments),
        hostileTitle,
        fc.constantFrom('en', 'ja') as fc.Arbitrary<'en' | 'ja'>,
        (generatedCommitment, title, lang) => {
          const { tags, values } = parseRis(
            commitmentRis(
              input({
                meta: generated.meta,
                commitment: { ...generatedCommitment, title: { en: title, ja: title } },
                lang,
                url: `https://example.org/?item=${generatedCommitment.id}&v=${generated.meta.version}`,
              }),
            ),
          );
          expect(tags[0]).toBe('TY');
          expect(tags.at(-1)).toBe('ER');
          expect(tags.filter((tag) => tag === 'TY' || tag === 'ER')).toHaveLength(2);
          expect(values.get('ET')).toBe(generated.meta.version);
          expect(values.get('UR')).toContain(`v=${generated.meta.version}`);
        },
      ),
      propertyRuns(300),
    );
  });

  it('the CSL-JSON keeps the title, the permalink and the version as they are', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...generated.commitments),
        hostileTitle,
        (generatedCommitment, title) => {
          const url = `https://example.org/?item=${generatedCommitment.id}&v=${generated.meta.version}`;
          const [item] = JSON.parse(
            commitmentCslJson(
              input({
                meta: generated.meta,
                commitment: { ...generatedCommitment, title: { en: title, ja: title } },
                url,
              }),
            ),
          );
          expect(item.type).toBe('dataset');
          expect(item.title).toBe(title);
          expect(item.URL).toBe(url);
          expect(item.version).toBe(generated.meta.version);
        },
      ),
      propertyRuns(300),
    );
  });
});
