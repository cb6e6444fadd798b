import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './data/schema';
import { prerenderedQueries, withoutStyleAttributes } from './entry-prerender';
import { parseReleaseIndex } from './data/releases';
import { parseView, serializeView } from './state/url-codec';

const dataset = JSON.parse(readFileSync('public/data/partnership.json', 'utf8')) as Dataset;
const releases = parseReleaseIndex(
  JSON.parse(readFileSync('public/data/releases/index.json', 'utf8')),
)!;
const queries = prerenderedQueries(dataset, releases);

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
    'meetings=dpc4',
    'meetings=summit-2022&lang=ja',
    'embed=1',
    'lang=ja&embed=1',
    'domains=ai&embed=1',
    'domains=ai&lang=ja&embed=1',
    'v=1.1.0',
    'lang=ja&v=1.1.0',
  ])('include %s', (query) => {
    expect(queries).toContain(query);
  });

  it('are the views above, each domain, each meeting that made commitments and each release, in both languages', () => {
    const meetings = new Set(dataset.commitments.map(({ meeting }) => meeting)).size;
    const views = 3 + dataset.domains.length + meetings + releases.releases.length;
    const embedded = 1 + dataset.domains.length;
    expect(queries).toHaveLength(2 * (views + embedded) - 1);
    expect(new Set(queries).size).toBe(queries.length);
  });

  it.each(queries)('%s is an address as the app writes it, without notices', (query) => {
    const { view, notices } = parseView(query);
    expect(notices).toEqual([]);
    expect(serializeView(view)).toBe(query);
  });
});

describe('withoutStyleAttributes: the markup the Content-Security-Policy would refuse in part', () => {
  it.each([
    [
      'a style attribute goes',
      '<div class="chart" style="width:100%;height:100%;min-width:0">x</div>',
      '<div class="chart">x</div>',
    ],
    [
      'each of several',
      '<div style="height:434px"><svg style="a"></svg></div>',
      '<div><svg></svg></div>',
    ],
    [
      'text that only reads like one stays',
      '<p>say style=&quot;x&quot;</p>',
      '<p>say style=&quot;x&quot;</p>',
    ],
    [
      'another attribute ending in style stays',
      '<p data-style="x">y</p>',
      '<p data-style="x">y</p>',
    ],
    [
      'markup without any is unchanged',
      '<main><h1>Title</h1></main>',
      '<main><h1>Title</h1></main>',
    ],
  ])('%s', (_name, html, expected) => {
    expect(withoutStyleAttributes(html)).toBe(expected);
  });
});
