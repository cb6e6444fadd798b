import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../testing/hostile-text';
import { propertyRuns } from '../../testing/property-runs';
import { fixtureDataset } from '../../testing/test-fixture';
import {
  bibtex,
  bibtexKey,
  citation,
  cslJson,
  escapeBibtex,
  escapeBibtexUrl,
  ris,
} from './citation';

const input = {
  meta: fixtureDataset.meta,
  title: 'Commitments on Semiconductors at Council 2 (Brussels 2024)',
  url: 'https://tracker.example/?domains=semiconductors&meetings=dpc2',
  accessed: '2026-11-22',
  lang: 'en' as const,
};

describe('citation', () => {
  it.each([
    [
      'en',
      'Fixture tracker, dataset v2.0.1 (updated 15 January 2026): “Commitments on Semiconductors at Council 2 (Brussels 2024)”. https://tracker.example/?domains=semiconductors&meetings=dpc2 (accessed 22 November 2026). Licence: CC-BY-4.0.',
    ],
    [
      'ja',
      'テスト用トラッカー「Commitments on Semiconductors at Council 2 (Brussels 2024)」データセット バージョン2.0.1（2026年1月15日更新）、https://tracker.example/?domains=semiconductors&meetings=dpc2 （2026年11月22日閲覧）、ライセンス：CC-BY-4.0',
    ],
  ] as const)('in %s', (lang, expected) => {
    expect(citation({ ...input, lang })).toBe(expected);
  });
});

describe('escapeBibtex', () => {
  it.each([
    [
      'R&D, 100% of #1 in {AI}_ok',
      'R\\&D, 100\\% of \\#1 in \\textbraceleft{}AI\\textbraceright{}\\_ok',
    ],
    ['$5 ~ 2^3 \\ done', '\\$5 \\textasciitilde{} 2\\textasciicircum{}3 \\textbackslash{} done'],
    ['EU–Japan', 'EU--Japan'],
    ['半導体に関する合意事項', '半導体に関する合意事項'],
  ])('%j → %j', (text, expected) => {
    expect(escapeBibtex(text)).toBe(expected);
  });
});

describe('escapeBibtexUrl', () => {
  it.each([
    ['https://x.example/?q=early%20warning', 'https://x.example/?q=early\\%20warning'],
    ['https://x.example/#top', 'https://x.example/\\#top'],
    ['https://x.example/{a}\\b', 'https://x.example/\\%7Ba\\%7D\\%5Cb'],
    [
      'https://x.example/?domains=ai,quantum&view=compare',
      'https://x.example/?domains=ai,quantum&view=compare',
    ],
  ])('%s → %s', (url, expected) => {
    expect(escapeBibtexUrl(url)).toBe(expected);
  });
});

describe('bibtexKey', () => {
  it('is the same for the same view and version, and differs otherwise', () => {
    const key = bibtexKey(fixtureDataset.meta, input.url);
    expect(key).toMatch(/^eujapandp-v2-0-1-[0-9a-f]{8}$/);
    expect(
      bibtexKey(fixtureDataset.meta, 'http://localhost:4173/?domains=semiconductors&meetings=dpc2'),
    ).toBe(key);
    expect(bibtexKey(fixtureDataset.meta, 'https://tracker.example/?domains=ai')).not.toBe(key);
    expect(bibtexKey({ ...fixtureDataset.meta, version: '1.2.4' }, input.url)).not.toBe(key);
  });
});

/** The braces balance as BibTeX counts them (a backslash does not hide a brace from it). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('bibtex', () => {
  it('writes a @misc entry with the title, the address, the version and the access date', () => {
    expect(
      bibtex({ ...input, title: 'R&D on 100% {chips} #1_x', url: 'https://x.example/?q=a%20b' }),
    ).toBe(`@misc{${bibtexKey(fixtureDataset.meta, 'https://x.example/?q=a%20b')},
  author = {{Fixture tracker}},
  title = {{R\\&D on 100\\% \\textbraceleft{}chips\\textbraceright{} \\#1\\_x}},
  howpublished = {\\url{https://x.example/?q=a\\%20b}},
  year = {2026},
  version = {2.0.1},
  urldate = {2026-11-22},
  note = {Dataset version 2.0.1, updated 2026-01-15. Licence: CC-BY-4.0}
}`);
  });

  it.each([
    ['a plain title', input.title],
    ['LaTeX specials', '{{}} \\ % # & _ $ ~ ^ }{'],
    ['Japanese', '第2回閣僚級会合(ブリュッセル 2024)における半導体に関する合意事項'],
  ])('stays well formed with %s', (_, title) => {
    for (const lang of ['en', 'ja'] as const) {
      const entry = bibtex({ ...input, title, lang });
      expect(balanced(entry)).toBe(true);
      expect(entry).toMatch(/^@misc\{eujapandp-v2-0-1-[0-9a-f]{8},\n( {2}[a-z]+ = \{.*\},?\n)+\}$/);
    }
  });

  it('writes the Japanese view with its Japanese names', () => {
    const entry = bibtex({ ...input, lang: 'ja' });
    expect(entry).toContain('author = {{テスト用トラッカー}}');
    expect(entry).toContain(
      'note = {データセット バージョン2.0.1（2026-01-15更新）、ライセンス：CC-BY-4.0}',
    );
  });
});

describe('ris', () => {
  it('writes a DATA record with the title, version, address and access date, ER last', () => {
    const record = ris({ ...input, title: 'Two\nlines' });
    const lines = record.split('\n');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const tags = new Map(lines.map((line) => [line.slice(0, 2), line.slice(6)]));
    expect(lines[0]).toBe('TY  - DATA');
    expect(tags.get('TI')).toBe('Two lines');
    expect(tags.get('UR')).toBe(input.url);
    expect(tags.get('ET')).toBe('2.0.1');
    expect(tags.get('Y2')).toBe('2026/11/22');
    expect(tags.get('DA')).toBe('2026/01/15');
    expect(tags.get('N1')).toContain('CC-BY-4.0');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.filter((line) => line.startsWith('ER'))).toHaveLength(1);
  });

  it('names the dataset in the page’s language', () => {
    expect(ris({ ...input, lang: 'ja' })).toContain('AU  - テスト用トラッカー');
  });
});

describe('cslJson', () => {
  it('parses as a list of one dataset item with its version, address and access date', () => {
    const items = JSON.parse(cslJson(input));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      id: bibtexKey(fixtureDataset.meta, input.url),
      type: 'dataset',
      title: input.title,
      author: [{ literal: 'Fixture tracker' }],
      version: '2.0.1',
      URL: input.url,
      accessed: { 'date-parts': [[2026, 11, 22]] },
      issued: { 'date-parts': [[2026, 1, 15]] },
    });
  });

  it('keeps any title intact through JSON', () => {
    const title = '"quoted" \\ {braces} 半導体\n';
    expect(JSON.parse(cslJson({ ...input, title }))[0].title).toBe(title);
  });
});

describe('citations of a view whose description holds hostile text', () => {
  // The description names the reader's own file's domains and meetings, and the search text.
  const hostileInput = fc
    .record({ title: hostileText(60), dataset: hostileText() })
    .map(({ title, dataset }) => ({
      ...input,
      title,
      meta: { ...fixtureDataset.meta, title: { en: dataset, ja: dataset } },
    }));

  it('keep a RIS record to one line a field, whatever a reader takes for a line break', () => {
    fc.assert(
      fc.property(hostileInput, (hostile) => {
        const lines = ris(hostile).split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
        expect(lines.map((line) => line.slice(0, 6))).toEqual(
          ['TY', 'TI', 'AU', 'T2', 'PY', 'DA', 'ET', 'UR', 'Y2', 'LA', 'N1', 'ID', 'ER'].map(
            (tag) => `${tag}  - `,
          ),
        );
      }),
      propertyRuns(300),
    );
  });

  it('keep the title through CSL-JSON, and the address in BibTeX', () => {
    fc.assert(
      fc.property(hostileInput, (hostile) => {
        expect(JSON.parse(cslJson(hostile))[0].title).toBe(hostile.title);
        expect(bibtex(hostile)).toContain(`\\url{${escapeBibtexUrl(input.url)}}`);
      }),
      propertyRuns(300),
    );
  });
});
