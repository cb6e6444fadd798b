import { describe, expect, it } from 'vitest';
import {
  classifyThread,
  compareDomains,
  compareThreads,
  countChanges,
  defaultComparePair,
} from './compare';
import type { Commitment, Dataset } from './schema';
import type { CommitmentStatus } from './vocabulary';
import { cloneFixture, fixtureDataset } from '../testing/test-fixture';

function commitment(
  id: string,
  meeting: string,
  thread: string,
  status: CommitmentStatus,
): Commitment {
  return {
    id,
    meeting,
    thread,
    status,
    domains: ['semiconductors'],
    type: 'statement',
    title: { en: id, ja: id },
    summary: id,
    evidence: [{ source: 'official-release', quote: id }],
    confidence: 'official',
  };
}

const announcedA = commitment('a1', 'A', 't', 'announced');
const signedA = commitment('a2', 'A', 't', 'signed');
const announcedB = commitment('b1', 'B', 't', 'announced');
const signedB = commitment('b2', 'B', 't', 'signed');
const deliveredB = commitment('b3', 'B', 't', 'delivered');

describe('classifyThread', () => {
  it.each<[string, Commitment[], Commitment[], ReturnType<typeof classifyThread>]>([
    ['absent at both', [], [], null],
    ['only at B: new', [], [announcedB], 'new'],
    ['only at A: not mentioned at B', [announcedA], [], 'not-mentioned'],
    ['same status at both: continued', [announcedA], [announcedB], 'continued'],
    ['announced → signed: advanced', [announcedA], [signedB], 'advanced'],
    ['a study → a delivered call: advanced', [announcedA], [deliveredB], 'advanced'],
    ['signed → announced: continued, not a step back', [signedA], [announcedB], 'continued'],
    [
      'the furthest status on each side decides',
      [announcedA, signedA],
      [announcedB, signedB],
      'continued',
    ],
    ['one step further among several: advanced', [signedA], [announcedB, deliveredB], 'advanced'],
  ])('%s', (_name, atA, atB, expected) => {
    expect(classifyThread(atA, atB)).toBe(expected);
  });
});

describe('compareThreads', () => {
  const commitments = [
    commitment('x-a', 'A', 'x', 'announced'),
    commitment('x-b', 'B', 'x', 'signed'),
    commitment('y-a', 'A', 'y', 'announced'),
    commitment('y-b', 'B', 'y', 'announced'),
    commitment('z-b', 'B', 'z', 'announced'),
    commitment('w-a', 'A', 'w', 'delivered'),
    commitment('v-c', 'C', 'v', 'announced'),
  ];

  it('classifies every thread at A or B, new first, and ignores other meetings', () => {
    expect(compareThreads(commitments, 'A', 'B').map((c) => [c.thread, c.change])).toEqual([
      ['z', 'new'],
      ['x', 'advanced'],
      ['y', 'continued'],
      ['w', 'not-mentioned'],
    ]);
  });

  it.each<[string, string, string, Record<string, number>]>([
    ['A → B', 'A', 'B', { new: 1, advanced: 1, continued: 1, 'not-mentioned': 1 }],
    [
      'B → A, the other way round',
      'B',
      'A',
      { new: 1, advanced: 0, continued: 2, 'not-mentioned': 1 },
    ],
    [
      'a meeting with itself: all continued',
      'A',
      'A',
      { new: 0, advanced: 0, continued: 3, 'not-mentioned': 0 },
    ],
    [
      'with a meeting that has none yet',
      'A',
      'D',
      { new: 0, advanced: 0, continued: 0, 'not-mentioned': 3 },
    ],
    [
      'two meetings without commitments',
      'D',
      'E',
      { new: 0, advanced: 0, continued: 0, 'not-mentioned': 0 },
    ],
  ])('counts %s', (_name, a, b, expected) => {
    expect(countChanges(compareThreads(commitments, a, b))).toEqual(expected);
  });
});

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
