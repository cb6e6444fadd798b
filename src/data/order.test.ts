import { describe, expect, it } from 'vitest';
import {
  commitmentDate,
  commitmentOrder,
  byCommitmentDate,
  neighbours,
  meetingsInDateOrder,
  meetingSortKey,
  type SortOrder,
} from './order';
import { fixtureDataset } from '../testing/test-fixture';

const [dpc2, dpc4, dpc1] = fixtureDataset.meetings as [
  (typeof fixtureDataset.meetings)[number],
  (typeof fixtureDataset.meetings)[number],
  (typeof fixtureDataset.meetings)[number],
];

describe('meetingSortKey', () => {
  it.each([
    [dpc1, '2023-07-03'],
    [dpc4, '2026-12-31'],
  ])('places %s at %s', (meeting, key) => {
    expect(meetingSortKey(meeting)).toBe(key);
  });
});

describe('meetingsInDateOrder', () => {
  it('orders held meetings by date and planned ones by their year', () => {
    expect(meetingsInDateOrder([dpc4, dpc2, dpc1]).map((meeting) => meeting.id)).toEqual([
      'dpc1',
      'dpc2',
      'dpc4',
    ]);
  });
});

describe('commitmentDate', () => {
  it.each([
    ['its own date when it has one', fixtureDataset.commitments[0]!, dpc1, '2023-07-04'],
    ["its meeting's date otherwise", fixtureDataset.commitments[1]!, dpc2, '2024-04-30'],
    ['nothing when neither is known', fixtureDataset.commitments[1]!, undefined, undefined],
  ])('gives %s', (_name, commitment, meeting, expected) => {
    expect(commitmentDate(commitment, meeting)).toBe(expected);
  });
});

describe('byCommitmentDate', () => {
  it("orders by the commitment's own date, else its meeting's, then by id", () => {
    const meetings = new Map(fixtureDataset.meetings.map((meeting) => [meeting.id, meeting]));
    const sorted = [...fixtureDataset.commitments].reverse().sort(byCommitmentDate(meetings));
    expect(sorted.map((commitment) => commitment.id)).toEqual([
      'chip-memorandum',
      'ai-talks',
      'chip-team-claim',
    ]);
  });
});

describe('commitmentOrder', () => {
  const meetingsById = new Map(fixtureDataset.meetings.map((m) => [m.id, m]));
  const domainIds = fixtureDataset.domains.map((d) => d.id);
  // Signed long after its meeting (the 1st Council), and in AI only.
  const lateLetter = {
    ...fixtureDataset.commitments[0]!,
    id: 'late-letter',
    date: '2024-06-01',
    domains: ['ai'],
  };
  const commitments = [...fixtureDataset.commitments, lateLetter];

  it.each<[SortOrder, string[]]>([
    ['newest', ['late-letter', 'ai-talks', 'chip-team-claim', 'chip-memorandum']],
    ['oldest', ['chip-memorandum', 'ai-talks', 'chip-team-claim', 'late-letter']],
    ['meeting', ['ai-talks', 'chip-team-claim', 'late-letter', 'chip-memorandum']],
    ['domain', ['ai-talks', 'chip-team-claim', 'chip-memorandum', 'late-letter']],
  ])('orders %s', (sort, expected) => {
    const ordered = [...commitments].sort(commitmentOrder(sort, meetingsById, domainIds));
    expect(ordered.map((c) => c.id)).toEqual(expected);
  });

  it('gives the same order whatever the order it starts from', () => {
    for (const sort of ['newest', 'oldest', 'meeting', 'domain'] as const) {
      const order = commitmentOrder(sort, meetingsById, domainIds);
      expect([...commitments].reverse().sort(order)).toEqual([...commitments].sort(order));
    }
  });

  it('orders by domain a commitment listing more domains than a call may take arguments', () => {
    // Generated: a valid file may repeat a domain; half a million entries overflow a spread.
    const many = { ...lateLetter, id: 'many', domains: Array<string>(500_000).fill('ai') };
    const order = commitmentOrder('domain', meetingsById, domainIds);
    expect(() => [many, ...commitments].sort(order)).not.toThrow();
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    ['a', undefined, 'b', 0],
    ['b', 'a', 'c', 1],
    ['c', 'b', undefined, 2],
    ['z', undefined, undefined, -1],
  ])('around %s: previous %s, next %s', (id, previous, next, position) => {
    const found = neighbours(list, id);
    expect(found.previous?.id).toBe(previous);
    expect(found.next?.id).toBe(next);
    expect(found.position).toBe(position);
  });
  it('has no neighbours in an empty or one-item list', () => {
    expect(neighbours([], 'a')).toEqual({ previous: undefined, next: undefined, position: -1 });
    expect(neighbours([{ id: 'a' }], 'a')).toEqual({
      previous: undefined,
      next: undefined,
      position: 0,
    });
  });
});
