import { describe, expect, it } from 'vitest';
import { commitmentDate, byCommitmentDate, meetingsInDateOrder, meetingSortKey } from './order';
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
