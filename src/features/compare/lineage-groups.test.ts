import { describe, expect, it } from 'vitest';
import { compareThreads } from '../../data/compare';
import { meetingsInDateOrder } from '../../data/order';
import { fixtureDataset } from '../../testing/test-fixture';
import { lineageGroups } from './lineage-groups';

const meetings = meetingsInDateOrder(fixtureDataset.meetings);
const all = fixtureDataset.commitments;

describe('lineageGroups', () => {
  it.each([
    [
      ['dpc1', 'dpc2'],
      ['new', 'last-seen'],
    ],
    [
      ['dpc2', 'dpc2'],
      ['new', 'carried'],
    ],
    [['dpc1', 'dpc4'], ['last-seen']],
  ] as const)('groups %j as %j, in the order of the changes', (pair, changes) => {
    const groups = lineageGroups(
      compareThreads(all, fixtureDataset.meetings, pair[0], pair[1]),
      meetings,
      all,
    );
    expect(groups.map((group) => group.change)).toEqual(changes);
  });

  it('gives each thread its commitments at every meeting, in the order of the meetings', () => {
    const groups = lineageGroups(
      compareThreads(all, fixtureDataset.meetings, 'dpc1', 'dpc2'),
      meetings,
      all,
    );
    const chips = groups
      .flatMap((group) => group.rows)
      .find((row) => row.comparison.thread === 'chips')!;
    expect(chips.cells).toHaveLength(meetings.length);
    expect(chips.cells.map((cell) => cell.map((c) => c.id))).toEqual(
      meetings.map((meeting) =>
        all.filter((c) => c.thread === 'chips' && c.meeting === meeting.id).map((c) => c.id),
      ),
    );
  });

  it('is empty when nothing is compared', () => {
    expect(lineageGroups([], meetings, all)).toEqual([]);
  });
});
