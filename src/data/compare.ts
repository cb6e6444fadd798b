import type { CommitmentFilter } from './filter-commitments';
import { shownDomains } from './aggregate';
import type { Commitment, Dataset, Meeting } from './schema';
import { COMMITMENT_STATUSES } from './vocabulary';
import { compareStrings, meetingsInDateOrder } from './order';

/** How a line of work changed from meeting A to meeting B. */
export type ThreadChange = 'new' | 'advanced' | 'continued' | 'not-mentioned';

export const THREAD_CHANGES: readonly ThreadChange[] = [
  'new',
  'advanced',
  'continued',
  'not-mentioned',
];

export interface ThreadComparison {
  thread: string;
  change: ThreadChange;
  atA: Commitment[];
  atB: Commitment[];
}

function furthestStatus(commitments: readonly Commitment[]): number {
  return Math.max(
    ...commitments.map((commitment) => COMMITMENT_STATUSES.indexOf(commitment.status)),
  );
}

/**
 * Classifies one thread's commitments at A and at B:
 * - new: only at B;
 * - not-mentioned: only at A;
 * - advanced: at both, and B's furthest status is beyond A's (announced → signed, a study → a call
 *   that was delivered);
 * - continued: at both, no further along.
 */
export function classifyThread(
  atA: readonly Commitment[],
  atB: readonly Commitment[],
): ThreadChange | null {
  if (atA.length === 0 && atB.length === 0) return null;
  if (atA.length === 0) return 'new';
  if (atB.length === 0) return 'not-mentioned';
  return furthestStatus(atB) > furthestStatus(atA) ? 'advanced' : 'continued';
}

/**
 * Every thread that appears at A or B among the given commitments, classified, in the order:
 * new, advanced, continued, not mentioned; then by thread id. A meeting compared with itself
 * gives every thread as continued.
 */
export function compareThreads(
  commitments: readonly Commitment[],
  meetingA: string,
  meetingB: string,
): ThreadComparison[] {
  const byThread = new Map<string, { atA: Commitment[]; atB: Commitment[] }>();
  for (const commitment of commitments) {
    const atA = commitment.meeting === meetingA;
    const atB = commitment.meeting === meetingB;
    if (!atA && !atB) continue;
    const entry = byThread.get(commitment.thread) ?? { atA: [], atB: [] };
    if (atA) entry.atA.push(commitment);
    if (atB) entry.atB.push(commitment);
    byThread.set(commitment.thread, entry);
  }
  const result: ThreadComparison[] = [];
  for (const [thread, { atA, atB }] of byThread) {
    const change = classifyThread(atA, atB);
    if (change) result.push({ thread, change, atA, atB });
  }
  return result.sort(
    (x, y) =>
      THREAD_CHANGES.indexOf(x.change) - THREAD_CHANGES.indexOf(y.change) ||
      compareStrings(x.thread, y.thread),
  );
}

export function countChanges(
  comparisons: readonly ThreadComparison[],
): Record<ThreadChange, number> {
  const counts: Record<ThreadChange, number> = {
    new: 0,
    advanced: 0,
    continued: 0,
    'not-mentioned': 0,
  };
  for (const comparison of comparisons) counts[comparison.change] += 1;
  return counts;
}

export interface DomainDifference {
  domain: string;
  atA: number;
  atB: number;
  difference: number;
}

/** Commitments per shown domain at A and at B; a commitment in several domains counts in each. */
export function compareDomains(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'domains'>,
  commitments: readonly Commitment[],
  meetingA: string,
  meetingB: string,
): DomainDifference[] {
  return shownDomains(dataset, filter).map((domain) => {
    const count = (meeting: string) =>
      commitments.filter((c) => c.meeting === meeting && c.domains.includes(domain.id)).length;
    const atA = count(meetingA);
    const atB = count(meetingB);
    return { domain: domain.id, atA, atB, difference: atB - atA };
  });
}

/** The two most recent Councils that have commitments (the earlier first), or what comes closest. */
export function defaultComparePair(dataset: Dataset): [string, string] | null {
  const withCommitments = new Set(dataset.commitments.map((commitment) => commitment.meeting));
  const ordered = meetingsInDateOrder(dataset.meetings);
  const councils = ordered.filter((m) => m.kind === 'council' && withCommitments.has(m.id));
  const candidates =
    councils.length >= 2 ? councils : ordered.filter((m) => withCommitments.has(m.id));
  const pool = candidates.length >= 2 ? candidates : ordered;
  const [a, b] = pool.slice(-2) as [Meeting | undefined, Meeting | undefined];
  if (!a) return null;
  return [a.id, (b ?? a).id];
}
