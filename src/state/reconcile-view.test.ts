import { describe, expect, it } from 'vitest';
import type { UrlNotice } from './notices';
import { reconcileView, type KnownIds } from './reconcile-view';
import { DEFAULT_VIEW, type View } from './view';

const known: KnownIds = {
  domains: new Set(['ai', 'semiconductors']),
  meetings: new Set(['dpc1', 'dpc2']),
  commitments: new Set(['chip-memorandum']),
  defaultComparePair: ['dpc1', 'dpc2'],
};
const view = (changes: Partial<View>): View => ({ ...DEFAULT_VIEW, ...changes });

describe('reconcileView', () => {
  it('writes the default pair of a comparison as no pair, silently', () => {
    expect(reconcileView(view({ mode: 'compare', compare: ['dpc1', 'dpc2'] }), known)).toEqual({
      view: view({ mode: 'compare', compare: null }),
      notices: [],
    });
    expect(reconcileView(view({ compare: ['dpc2', 'dpc1'] }), known).view.compare).toEqual([
      'dpc2',
      'dpc1',
    ]);
  });

  it('returns the very same view when every id is known', () => {
    const original = view({ domains: ['ai'], meetings: ['dpc1'], item: 'chip-memorandum' });
    expect(reconcileView(original, known)).toEqual({ view: original, notices: [] });
    expect(reconcileView(original, known).view).toBe(original);
  });

  it.each<[string, Partial<View>, Partial<View>, UrlNotice]>([
    [
      'an unknown domain',
      { domains: ['ai', 'space'] },
      { domains: ['ai'] },
      { kind: 'unknown-ids', key: 'domains', values: ['space'] },
    ],
    [
      'unknown meetings',
      { meetings: ['dpc7', 'dpc9'] },
      { meetings: [] },
      { kind: 'unknown-ids', key: 'meetings', values: ['dpc7', 'dpc9'] },
    ],
    [
      'an unknown compared meeting',
      { compare: ['dpc1', 'dpc9'] },
      { compare: null },
      { kind: 'unknown-compare', values: ['dpc1', 'dpc9'] },
    ],
    [
      'an unknown commitment',
      { item: 'nothing-here' },
      { item: null },
      { kind: 'unknown-item', value: 'nothing-here' },
    ],
  ])('drops %s and says so', (_name, given, expected, notice) => {
    expect(reconcileView(view(given), known)).toEqual({ view: view(expected), notices: [notice] });
  });
});
