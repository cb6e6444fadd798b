import { describe, expect, it } from 'vitest';
import {
  atAGlance,
  commitmentsPerMeetingByDomain,
  domainMeetingMatrix,
  threadLineage,
  timelineEvents,
} from './aggregate';
import { filterCommitments, type CommitmentFilter } from './filter-commitments';
import { fixtureDataset, SHOW_EVERYTHING } from '../testing/test-fixture';

const ALL = SHOW_EVERYTHING;

function summarise(filter: Partial<CommitmentFilter>) {
  const full = { ...ALL, ...filter };
  const commitments = filterCommitments(fixtureDataset, full);
  const matrix = domainMeetingMatrix(fixtureDataset, full, commitments);
  return { full, commitments, matrix };
}

function asObject(counts: ReadonlyMap<string, ReadonlyMap<string, number>>) {
  return Object.fromEntries([...counts].map(([domain, row]) => [domain, Object.fromEntries(row)]));
}

describe('domainMeetingMatrix', () => {
  it.each<[string, Partial<CommitmentFilter>, Record<string, Record<string, number>>, number]>([
    [
      'every domain × every meeting in date order, a multi-domain commitment in each row',
      {},
      { semiconductors: { dpc1: 1, dpc2: 2, dpc4: 0 }, ai: { dpc1: 0, dpc2: 1, dpc4: 0 } },
      2,
    ],
    [
      'only the selected rows and columns',
      { domains: ['ai'], meetings: ['dpc2'] },
      { ai: { dpc2: 1 } },
      1,
    ],
    [
      'zeros where the filter leaves nothing',
      { q: 'nothing matches this' },
      { semiconductors: { dpc1: 0, dpc2: 0, dpc4: 0 }, ai: { dpc1: 0, dpc2: 0, dpc4: 0 } },
      0,
    ],
  ])('counts %s', (_name, filter, counts, max) => {
    const { matrix } = summarise(filter);
    expect(asObject(matrix.counts)).toEqual(counts);
    expect(matrix.max).toBe(max);
    expect([...matrix.counts.get(matrix.domains[0]!.id)!.keys()]).toEqual(
      matrix.meetings.map((m) => m.id),
    );
  });

  it('totals each meeting by commitments, not by domain cells', () => {
    const { matrix } = summarise({});
    expect(Object.fromEntries(matrix.meetingTotals)).toEqual({ dpc1: 1, dpc2: 2, dpc4: 0 });
    expect(Object.fromEntries(matrix.domainTotals)).toEqual({ semiconductors: 3, ai: 1 });
  });
});

describe('commitmentsPerMeetingByDomain', () => {
  it('gives one bar per meeting with a value per domain, doubtful claims in a segment of their own', () => {
    // The disputed claim at dpc2 is a semiconductors tag: it leaves the domain's segment.
    expect(commitmentsPerMeetingByDomain(summarise({}).matrix)).toEqual([
      { meeting: 'dpc1', 'domain:semiconductors': 1, 'domain:ai': 0, doubtful: 0 },
      { meeting: 'dpc2', 'domain:semiconductors': 1, 'domain:ai': 1, doubtful: 1 },
      { meeting: 'dpc4', 'domain:semiconductors': 0, 'domain:ai': 0, doubtful: 0 },
    ]);
  });

  it('has no doubtful segment while doubtful claims are hidden', () => {
    const bars = commitmentsPerMeetingByDomain(
      summarise({ confidence: ['official', 'reported'] }).matrix,
    );
    expect(bars.map((bar) => bar.doubtful)).toEqual([0, 0, 0]);
    expect(bars[1]).toMatchObject({ 'domain:semiconductors': 1, 'domain:ai': 1 });
  });
});

describe('atAGlance', () => {
  it.each<[string, Partial<CommitmentFilter>, ReturnType<typeof atAGlance>]>([
    [
      'the whole fixture',
      {},
      {
        meetingsHeld: 2,
        meetingsPlanned: 1,
        commitments: 3,
        documentsSigned: 1,
        domainsCovered: 2,
      },
    ],
    [
      'one meeting',
      { meetings: ['dpc2'] },
      {
        meetingsHeld: 1,
        meetingsPlanned: 0,
        commitments: 2,
        documentsSigned: 0,
        domainsCovered: 2,
      },
    ],
  ])('counts %s', (_name, filter, expected) => {
    const { full, commitments } = summarise(filter);
    expect(atAGlance(fixtureDataset, full, commitments)).toEqual(expected);
  });
});

describe('timelineEvents', () => {
  it('places dated meetings and signed documents on one time line, undated meetings left out', () => {
    const { full, commitments } = summarise({});
    expect(
      timelineEvents(fixtureDataset, full, commitments).map((event) => [
        event.kind,
        event.ids,
        event.date,
      ]),
    ).toEqual([
      ['meeting', ['dpc1'], '2023-07-03'],
      ['documents', ['chip-memorandum'], '2023-07-04'],
      ['meeting', ['dpc2'], '2024-04-30'],
      ['event', ['chip-call'], '2025-01-10'],
    ]);
  });

  it('places events between meetings only while no meeting is picked out, by domain', () => {
    const kinds = (filter: Partial<CommitmentFilter>) => {
      const { full, commitments } = summarise(filter);
      return timelineEvents(fixtureDataset, full, commitments)
        .filter((event) => event.kind === 'event')
        .map((event) => event.id);
    };
    expect(kinds({ domains: ['semiconductors'] })).toEqual(['chip-call']);
    expect(kinds({ domains: ['ai'] })).toEqual([]);
    expect(kinds({ meetings: ['dpc1'] })).toEqual([]);
  });

  it('gathers the documents signed the same day at the same meeting into one point', () => {
    const signed = fixtureDataset.commitments[0]!;
    const more = [
      signed,
      { ...signed, id: 'second-memorandum' },
      {
        ...signed,
        id: 'later',
        steps: signed.steps!.map((step) => ({ ...step, date: '2023-07-05' })),
      },
    ];
    const events = timelineEvents(fixtureDataset, { ...ALL, meetings: ['dpc1'] }, more);
    expect(events.map((event) => [event.kind, event.ids])).toEqual([
      ['meeting', ['dpc1']],
      ['documents', ['chip-memorandum', 'second-memorandum']],
      ['documents', ['later']],
    ]);
  });
});

describe('threadLineage', () => {
  it.each([
    ['chips', ['chip-memorandum', 'chip-team-claim']],
    ['ai-rules', ['ai-talks']],
    ['no-such-thread', []],
  ])('follows thread %s across meetings in date order', (thread, expected) => {
    expect(threadLineage(fixtureDataset, thread).map((commitment) => commitment.id)).toEqual(
      expected,
    );
  });
});
