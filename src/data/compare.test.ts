import { describe, expect, it } from 'vitest';
import {
  compareThreads,
  countChanges,
  readingOrder,
  type LastSeen,
  type ThreadComparison,
} from './compare';
import type { Commitment, Meeting } from './schema';
import type { CommitmentStatus } from './vocabulary';
import { fixtureDataset } from '../testing/test-fixture';

type StepSpec = [date: string, status: CommitmentStatus, event?: string];

const MEETINGS: Meeting[] = (
  [
    ['A', '2023-07-03'],
    ['M', '2024-04-30'],
    ['B', '2025-05-12'],
    ['C', '2026-05-05'],
  ] as const
).map(([id, date], i) => ({
  ...fixtureDataset.meetings[0]!,
  id,
  number: i + 1,
  date,
  year: Number(date.slice(0, 4)),
}));
const DATE_OF = new Map(MEETINGS.map((m) => [m.id, m.date!]));
/** Talks dated between A and B, on a commitment made at A. */
const TALKS_STEP: LastSeen = {
  kind: 'step',
  date: '2024-11-29',
  meeting: 'A',
  status: 'in-progress',
  event: 'talks',
};

function commitment(
  id: string,
  meeting: string,
  thread: string,
  status: CommitmentStatus,
  options: {
    type?: Commitment['type'];
    steps?: StepSpec[];
    confidence?: Commitment['confidence'];
  } = {},
): Commitment {
  const confidence = options.confidence ?? 'official';
  const evidence = [{ source: 'official-release', quote: id }];
  const steps: StepSpec[] = options.steps ?? [[DATE_OF.get(meeting) ?? '2030-01-01', status]];
  const counted = confidence === 'official' || confidence === 'reported';
  return {
    id,
    meeting,
    thread,
    domains: ['semiconductors'],
    type: options.type ?? 'statement',
    title: { en: id, ja: id },
    summary: id,
    evidence,
    confidence,
    checked: '2026-11-30',
    ...(counted
      ? {
          steps: steps.map(([date, stepStatus, event]) => ({
            date,
            status: stepStatus,
            confidence: 'official' as const,
            evidence,
            ...(event ? { event } : {}),
          })),
        }
      : { claims: status, confidenceNote: 'doubted' }),
  };
}

describe('compareThreads reads the history between the two meetings', () => {
  it.each<[string, Commitment[], string, string, Partial<ThreadComparison> | null]>([
    ['a thread seen nowhere', [], 'A', 'B', null],
    ['only at B: new', [commitment('b', 'B', 't', 'announced')], 'A', 'B', { change: 'new' }],
    [
      'first seen between A and B, then at B: new, with where it first appeared',
      [commitment('m', 'M', 't', 'announced'), commitment('b', 'B', 't', 'announced')],
      'A',
      'B',
      { change: 'new', firstSeen: 'M' },
    ],
    [
      'only at A: last seen at A, with its status then',
      [commitment('a', 'A', 't', 'announced')],
      'A',
      'B',
      {
        change: 'last-seen',
        lastSeen: { kind: 'meeting', date: '2023-07-03', meeting: 'A', status: 'announced' },
      },
    ],
    [
      'at A and at the meeting between, not at B: last seen at the middle meeting, not "not mentioned"',
      [commitment('a', 'A', 't', 'announced'), commitment('m', 'M', 't', 'in-progress')],
      'A',
      'B',
      {
        change: 'last-seen',
        lastSeen: { kind: 'meeting', date: '2024-04-30', meeting: 'M', status: 'in-progress' },
      },
    ],
    [
      'a step between the meetings is where it was last seen',
      [
        commitment('a', 'A', 't', 'announced', {
          steps: [
            ['2023-07-03', 'announced'],
            ['2024-11-29', 'in-progress', 'talks'],
          ],
        }),
      ],
      'A',
      'B',
      {
        change: 'last-seen',
        lastSeen: TALKS_STEP,
      },
    ],
    [
      'same status at both: carried',
      [commitment('a', 'A', 't', 'announced'), commitment('b', 'B', 't', 'announced')],
      'A',
      'B',
      { change: 'carried' },
    ],
    [
      'announced → signed: advanced',
      [commitment('a', 'A', 't', 'announced'), commitment('b', 'B', 't', 'signed')],
      'A',
      'B',
      { change: 'advanced' },
    ],
    [
      'memorandum signed → joint research announced: a follow-up of another type is advanced',
      [
        commitment('a', 'A', 't', 'signed', { type: 'memorandum' }),
        commitment('b', 'B', 't', 'announced', { type: 'joint-research' }),
      ],
      'A',
      'B',
      { change: 'advanced' },
    ],
    [
      'the same type, a lower status: carried, not a step back',
      [commitment('a', 'A', 't', 'signed'), commitment('b', 'B', 't', 'announced')],
      'A',
      'B',
      { change: 'carried' },
    ],
    [
      'skipping the middle meeting: A → M → B compared A with B sees the progress made at M',
      [
        commitment('a', 'A', 't', 'announced'),
        commitment('m', 'M', 't', 'signed'),
        commitment('b', 'B', 't', 'signed'),
      ],
      'A',
      'B',
      { change: 'advanced' },
    ],
    [
      'a step between the meetings moves it on',
      [
        commitment('a', 'A', 't', 'announced', {
          steps: [
            ['2023-07-03', 'announced'],
            ['2024-11-29', 'in-progress', 'talks'],
          ],
        }),
        commitment('b', 'B', 't', 'announced'),
      ],
      'A',
      'B',
      {
        change: 'advanced',
        lastSeen: TALKS_STEP,
      },
    ],
    [
      'A chosen after B: time decides, not the order of the pair',
      [commitment('a', 'A', 't', 'announced'), commitment('b', 'B', 't', 'signed')],
      'B',
      'A',
      { change: 'advanced' },
    ],
    [
      'a meeting compared with itself: carried',
      [commitment('a', 'A', 't', 'announced')],
      'A',
      'A',
      { change: 'carried' },
    ],
    [
      'a disputed claim of delivery at B never advances the thread',
      [
        commitment('a', 'A', 't', 'announced'),
        commitment('b', 'B', 't', 'announced'),
        commitment('claim', 'B', 't', 'delivered', { confidence: 'disputed' }),
      ],
      'A',
      'B',
      { change: 'carried' },
    ],
    [
      'a thread seen only before A is not part of the comparison',
      [commitment('early', 'A', 't', 'announced')],
      'M',
      'B',
      null,
    ],
  ])('%s', (_name, commitments, a, b, expected) => {
    const [result] = compareThreads(commitments, MEETINGS, a, b);
    if (expected === null) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });

  it('lists doubtful claims beside the thread, never counting them', () => {
    const claim = commitment('claim', 'B', 't', 'delivered', { confidence: 'disputed' });
    const [result] = compareThreads([claim], MEETINGS, 'A', 'B');
    expect(result).toMatchObject({ atA: [], atB: [], doubtful: [claim] });
    expect(countChanges(compareThreads([claim], MEETINGS, 'A', 'B'))).toEqual({
      new: 0,
      advanced: 0,
      carried: 0,
      'last-seen': 0,
    });
  });
});

describe('compareThreads over several threads', () => {
  const commitments = [
    commitment('x-a', 'A', 'x', 'announced'),
    commitment('x-b', 'B', 'x', 'signed'),
    commitment('y-a', 'A', 'y', 'announced'),
    commitment('y-b', 'B', 'y', 'announced'),
    commitment('z-b', 'B', 'z', 'announced'),
    commitment('w-a', 'A', 'w', 'delivered'),
    commitment('v-c', 'C', 'v', 'announced'),
  ];

  it('orders new, advanced, carried, last seen, and ignores meetings after B', () => {
    expect(
      compareThreads(commitments, MEETINGS, 'A', 'B').map((c) => [c.thread, c.change]),
    ).toEqual([
      ['z', 'new'],
      ['x', 'advanced'],
      ['y', 'carried'],
      ['w', 'last-seen'],
    ]);
  });

  it.each<[string, string, string, Record<string, number>]>([
    ['A → B', 'A', 'B', { new: 1, advanced: 1, carried: 1, 'last-seen': 1 }],
    ['a meeting with itself', 'A', 'A', { new: 0, advanced: 0, carried: 3, 'last-seen': 0 }],
    [
      'with a later meeting that has one',
      'B',
      'C',
      { new: 1, advanced: 0, carried: 0, 'last-seen': 3 },
    ],
  ])('counts %s', (_name, a, b, expected) => {
    expect(countChanges(compareThreads(commitments, MEETINGS, a, b))).toEqual(expected);
  });
});

describe('readingOrder: a comparison always reads from the earlier meeting to the later', () => {
  const planned: Meeting = { ...MEETINGS[0]!, id: 'P', date: undefined, status: 'planned' };
  it.each<[string, string, string, ReturnType<typeof readingOrder>]>([
    ['A then B: as given', 'A', 'B', { earlier: 'A', later: 'B', backwards: false }],
    ['B then A: backwards', 'B', 'A', { earlier: 'A', later: 'B', backwards: true }],
    ['a meeting with itself', 'M', 'M', { earlier: 'M', later: 'M', backwards: false }],
    ['a planned meeting counts last', 'P', 'C', { earlier: 'C', later: 'P', backwards: true }],
  ])('%s', (_name, a, b, expected) => {
    expect(readingOrder([...MEETINGS, planned], a, b)).toEqual(expected);
  });
});
