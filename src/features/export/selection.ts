import { defaultComparePair } from '../../data/compare';
import type { Commitment, Dataset } from '../../data/schema';
import type { View } from '../../state/view';

/** The pair of meetings a comparison shows: the URL's, else the dataset's default pair. */
export function comparedPair(view: View, dataset: Dataset): [string, string] | null {
  return view.mode === 'compare' ? (view.compare ?? defaultComparePair(dataset)) : null;
}

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
