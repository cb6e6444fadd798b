import { describe, expect, it } from 'vitest';
import { compareDomains } from './compare';
import { defaultComparePair } from './default-compare-pair';
import type { Dataset } from './schema';
import { cloneFixture, fixtureDataset } from '../testing/test-fixture';

describe('compareDomains', () => {
  it('counts each shown domain at both meetings, with the difference', () => {
    expect(
      compareDomains(fixtureDataset, { domains: [] }, fixtureDataset.commitments, 'dpc1', 'dpc2'),
    ).toEqual([
      { domain: 'semiconductors', atA: 1, atB: 2, difference: 1 },
      { domain: 'ai', atA: 0, atB: 1, difference: 1 },
    ]);
    expect(
      compareDomains(
        fixtureDataset,
        { domains: ['ai'] },
        fixtureDataset.commitments,
        'dpc2',
        'dpc1',
      ),
    ).toEqual([{ domain: 'ai', atA: 1, atB: 0, difference: -1 }]);
  });
});

describe('defaultComparePair', () => {
  it.each<[string, (data: Dataset) => void, [string, string] | null]>([
    ['the two most recent Councils with commitments', () => {}, ['dpc1', 'dpc2']],
    [
      'a summit when fewer than two Councils have commitments',
      (d) => {
        d.meetings.push({
          ...d.meetings[0]!,
          id: 'summit',
          kind: 'summit',
          number: 9,
          date: '2022-01-01',
          year: 2022,
        });
        d.commitments = d.commitments.filter((c) => c.meeting !== 'dpc1');
        d.commitments.push({ ...d.commitments[0]!, id: 'summit-outcome', meeting: 'summit' });
      },
      ['summit', 'dpc2'],
    ],
    [
      'the two latest meetings when only one has commitments',
      (d) => {
        d.commitments = d.commitments.filter((c) => c.meeting === 'dpc2');
      },
      ['dpc2', 'dpc4'],
    ],
  ])('picks %s', (_name, change, expected) => {
    const data = cloneFixture();
    change(data);
    expect(defaultComparePair(data)).toEqual(expected);
  });
});
