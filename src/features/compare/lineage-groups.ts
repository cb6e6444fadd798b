import { THREAD_CHANGES, type ThreadChange, type ThreadComparison } from '../../data/compare';
import type { Commitment, Meeting } from '../../data/schema';

export interface LineageRow {
  comparison: ThreadComparison;
  /** The thread's commitments at each meeting, in the order of the meetings given. */
  cells: Commitment[][];
}

export interface LineageGroup {
  change: ThreadChange;
  rows: LineageRow[];
}

/**
 * The compared threads grouped by what changed (new, advanced, carried over, last seen; empty
 * groups left out), each thread with its commitments at every meeting: its lineage.
 */
export function lineageGroups(
  comparisons: readonly ThreadComparison[],
  meetings: readonly Meeting[],
  commitments: readonly Commitment[],
): LineageGroup[] {
  const byCell = new Map<string, Commitment[]>();
  for (const commitment of commitments) {
    const key = `${commitment.thread}|${commitment.meeting}`;
    const cell = byCell.get(key);
    if (cell) cell.push(commitment);
    else byCell.set(key, [commitment]);
  }
  return THREAD_CHANGES.map((change) => ({
    change,
    rows: comparisons
      .filter((comparison) => comparison.change === change)
      .map((comparison) => ({
        comparison,
        cells: meetings.map((meeting) => byCell.get(`${comparison.thread}|${meeting.id}`) ?? []),
      })),
  })).filter((group) => group.rows.length > 0);
}
