import type { Commitment } from '../../data/schema';

/**
 * What an export holds: the commitments the page lists under the current filters (all of them, not
 * the part of the list drawn so far); in a comparison, those of the two compared meetings.
 * `commitments` are the page's own filtered commitments (src/app/use-derived-data.ts), never
 * filtered again here, so the file and the page cannot disagree.
 */
export function commitmentsToExport(
  commitments: readonly Commitment[],
  pair: readonly [string, string] | null,
): readonly Commitment[] {
  return pair ? commitments.filter((commitment) => pair.includes(commitment.meeting)) : commitments;
}
