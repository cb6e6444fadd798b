import type { Dataset, Meeting } from './schema';
import { meetingsInDateOrder } from './order';

// Apart from the comparison itself (./compare.ts): the address and the page's start need the pair
// a comparison opens on, not the code that compares.

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
