import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataBase, pageJsonLd } from './dataset-json-ld';

describe('dataBase', () => {
  it.each([
    ['./', 'data/'],
    ['/', '/data/'],
    ['/tracker/', '/tracker/data/'],
  ])('%s → %s', (base, expected) => {
    expect(dataBase(base)).toBe(expected);
  });
});

describe('pageJsonLd', () => {
  it('describes the bundled dataset at its current version', () => {
    const dataset = JSON.parse(readFileSync('public/data/partnership.json', 'utf8'));
    const jsonLd = JSON.parse(pageJsonLd('./'));
    expect(jsonLd.version).toBe(dataset.meta.version);
    expect(jsonLd.dateModified).toBe(dataset.meta.lastUpdated);
    expect(jsonLd.distribution[0].contentUrl).toBe('data/partnership.json');
  });
});
