import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/test-fixture';
import { comparedPair } from './compared-pair';
import { DEFAULT_VIEW, type View } from './view';

describe('comparedPair', () => {
  it.each<[string, Partial<View>, [string, string] | null]>([
    ['the overview', { compare: ['dpc2', 'dpc1'] }, null],
    [
      'a comparison with its pair',
      { mode: 'compare', compare: ['dpc2', 'dpc1'] },
      ['dpc2', 'dpc1'],
    ],
    ['a comparison of the default pair', { mode: 'compare' }, ['dpc1', 'dpc2']],
  ])('%s', (_, changes, expected) => {
    expect(comparedPair({ ...DEFAULT_VIEW, ...changes }, fixtureDataset)).toEqual(expected);
  });
});
