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
  ])('include %s', (query) => {
    expect(queries).toContain(query);
  });

  it('are each domain alone, in both languages, and the three views above', () => {
    expect(queries).toHaveLength(5 + 2 * dataset.domains.length);
    expect(new Set(queries).size).toBe(queries.length);
  });

  it.each(queries)('%s is an address as the app writes it, without notices', (query) => {
    const { view, notices } = parseView(query);
    expect(notices).toEqual([]);
    expect(serializeView(view)).toBe(query);
  });
});
