import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/test-fixture';
import { datasetJsonLd, jsonLdScriptText } from './dataset-json-ld';
import { packageTables } from './package-tables';

const tables = packageTables(fixtureDataset);

describe('datasetJsonLd', () => {
  it('names the version, dates, licence and every file', () => {
    const jsonLd = datasetJsonLd(fixtureDataset, tables, {
      base: 'data/',
      published: '2026-11-21',
    });
    expect(jsonLd).toMatchObject({
      '@type': 'Dataset',
      version: fixtureDataset.meta.version,
      datePublished: '2026-11-21',
      dateModified: fixtureDataset.meta.lastUpdated,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(jsonLd.distribution.map((file) => file.contentUrl)).toEqual([
      'data/partnership.json',
      'data/partnership.schema.json',
      'data/datapackage.json',
      ...tables.map((table) => `data/${table.name}.csv`),
    ]);
  });

  it('names files as they are beside it without a base, and no publication date unknown', () => {
    const jsonLd = datasetJsonLd(fixtureDataset, tables);
    expect(jsonLd.distribution[0]!.contentUrl).toBe('partnership.json');
    expect(jsonLd).not.toHaveProperty('datePublished');
  });
});

describe('jsonLdScriptText', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- comment'], ['plain “text” & 日本語']])(
    'cannot close its element and reads back the same: %j',
    (text) => {
      const written = jsonLdScriptText({ name: text });
      expect(written).not.toContain('<');
      expect(JSON.parse(written)).toEqual({ name: text });
    },
  );
});
