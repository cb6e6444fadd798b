import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { exportFileName, filterSlug } from './file-name';

const view = (changes: Partial<View>): View => ({ ...DEFAULT_VIEW, ...changes });

describe('filterSlug', () => {
  it.each<[string, Partial<View>, [string, string] | null, string]>([
    ['nothing filtered', {}, null, 'all'],
    [
      'meetings, then domains, sorted',
      { domains: ['semiconductors', 'ai'], meetings: ['dpc2'] },
      null,
      'dpc2-ai-semiconductors',
    ],
    [
      'types and statuses in the schema order',
      { types: ['letter-of-intent', 'memorandum'], statuses: ['signed'] },
      null,
      'memorandum-letter-of-intent-signed',
    ],
    ['the default confidence is not named', { confidence: ['reported', 'official'] }, null, 'all'],
    ['another confidence is', { confidence: ['disputed', 'official'] }, null, 'official-disputed'],
    ['a search, in Latin letters', { q: 'Early  Warning!' }, null, 'search-early-warning'],
    ['a search in Japanese', { q: '量子' }, null, 'search'],
    [
      'a comparison, whatever the meeting filter',
      { mode: 'compare', meetings: ['dpc4'], domains: ['ai'] },
      ['dpc3', 'dpc2'],
      'compare-dpc3-dpc2-ai',
    ],
  ])('%s', (_, changes, pair, expected) => {
    expect(filterSlug(view(changes), pair)).toBe(expected);
  });

  it('cuts a long selection at a word boundary', () => {
    const slug = filterSlug(
      view({ domains: Array.from({ length: 20 }, (_, i) => `domain-number-${i}`) }),
      null,
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^domain-number-0-domain-number-1-.*[a-z0-9]$/);
  });
});

describe('exportFileName', () => {
  it.each([
    [
      { view: view({ domains: ['ai'] }), pair: null, date: '2026-11-22', extension: 'csv' },
      'eu-japan-digital-partnership-ai-2026-11-22.csv',
    ],
    [
      { view: view({}), pair: null, date: '2026-11-22', extension: 'json' },
      'eu-japan-digital-partnership-all-2026-11-22.json',
    ],
    [
      {
        view: view({ domains: ['ai'], version: '1.1.0' }),
        pair: null,
        date: '2026-11-22',
        extension: 'csv',
      },
      'eu-japan-digital-partnership-ai-v1.1.0-2026-11-22.csv',
    ],
    [
      {
        view: view({ mode: 'compare' }),
        pair: ['dpc2', 'dpc3'] as [string, string],
        date: '2026-01-05',
        extension: 'png',
        what: 'domain-comparison',
      },
      'eu-japan-digital-partnership-domain-comparison-compare-dpc2-dpc3-2026-01-05.png',
    ],
  ])('%j → %s', (input, expected) => {
    expect(exportFileName(input)).toBe(expected);
  });
});
