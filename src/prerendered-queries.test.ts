import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './data/schema';
import { prerenderedQueries } from './entry-prerender';
import { parseView, serializeView } from './state/url-codec';

const dataset = JSON.parse(readFileSync('public/data/partnership.json', 'utf8')) as Dataset;
const queries = prerenderedQueries(dataset);

describe('the views the build draws besides the default one', () => {
  it.each([
    'lang=ja',
    'view=compare',
    'view=compare&lang=ja',
    'view=about',
    'view=about&lang=ja',
    'domains=ai',
    'domains=ai&lang=ja',
    'domains=digital-identity&lang=ja',
    'embed=1',
    'lang=ja&embed=1',
    'domains=ai&embed=1',
    'domains=ai&lang=ja&embed=1',
  ])('include %s', (query) => {
    expect(queries).toContain(query);
  });

  it('are the three views above and each domain alone, in both languages, also embedded', () => {
    expect(queries).toHaveLength(5 + 2 + 4 * dataset.domains.length);
    expect(new Set(queries).size).toBe(queries.length);
  });

  it.each(queries)('%s is an address as the app writes it, without notices', (query) => {
    const { view, notices } = parseView(query);
    expect(notices).toEqual([]);
    expect(serializeView(view)).toBe(query);
  });
});
