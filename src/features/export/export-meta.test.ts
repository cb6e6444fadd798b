import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/test-fixture';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { exportMeta } from './export-meta';
import { toJson } from './json';
import { localIsoDate } from '../../i18n/format';

const meta = (view: Partial<View>, pair: [string, string] | null = null) =>
  exportMeta({
    dataset: fixtureDataset,
    view: { ...DEFAULT_VIEW, ...view },
    pair,
    title: 'A title',
    url: 'https://tracker.example/?domains=ai',
    exported: '2026-11-22',
    count: 2,
  });

describe('exportMeta', () => {
  it('states the dataset, its version and licence, the date and the address', () => {
    expect(meta({})).toMatchObject({
      title: 'A title',
      dataset: {
        title: { en: 'Fixture tracker', ja: 'テスト用トラッカー' },
        version: '2.0.1',
        lastUpdated: '2026-01-15',
        licence: 'CC-BY-4.0',
      },
      exported: '2026-11-22',
      url: 'https://tracker.example/?domains=ai',
      view: 'overview',
      compare: null,
      count: 2,
    });
  });

  it.each<[string, Partial<View>, [string, string] | null, object]>([
    [
      'no filter: every list says "all"',
      {},
      null,
      {
        domains: 'all',
        meetings: 'all',
        type: 'all',
        status: 'all',
        confidence: ['official', 'reported'],
        q: '',
      },
    ],
    [
      'filters in the URL order',
      {
        domains: ['semiconductors', 'ai'],
        meetings: ['dpc2'],
        types: ['letter-of-intent', 'memorandum'],
        statuses: ['signed'],
        confidence: ['disputed', 'official'],
        q: ' chips ',
      },
      null,
      {
        domains: ['ai', 'semiconductors'],
        meetings: ['dpc2'],
        type: ['memorandum', 'letter-of-intent'],
        status: ['signed'],
        confidence: ['official', 'disputed'],
        q: 'chips',
      },
    ],
    [
      'a comparison: the compared meetings, not the meeting filter',
      { mode: 'compare', meetings: ['dpc4'] },
      ['dpc2', 'dpc1'],
      { meetings: ['dpc2', 'dpc1'] },
    ],
  ])('%s', (_, view, pair, filters) => {
    const result = meta(view, pair);
    expect(result.filters).toMatchObject(filters);
    expect(result.compare).toEqual(pair);
  });
});

describe('toJson', () => {
  it('writes a meta block and the commitments, and parses back to them', () => {
    const block = meta({ domains: ['ai'] });
    const parsed = JSON.parse(toJson([], block));
    expect(Object.keys(parsed)).toEqual(['meta', 'commitments']);
    expect(parsed.meta).toEqual(block);
    expect(parsed.commitments).toEqual([]);
  });
});

describe('localIsoDate', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 30), '2026-01-05'],
    [new Date(2026, 10, 22, 23, 59), '2026-11-22'],
  ])('%s → %s (the reader’s own calendar day)', (date, expected) => {
    expect(localIsoDate(date)).toBe(expected);
  });
});
