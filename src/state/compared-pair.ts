import { defaultComparePair } from '../data/default-compare-pair';
import type { Dataset } from '../data/schema';
import type { View } from './view';

/** The pair of meetings the comparison shows: the URL's, else the dataset's default pair. */
export function pairToCompare(compare: View['compare'], dataset: Dataset): [string, string] | null {
  return compare ?? defaultComparePair(dataset);
}

/** The pair of meetings the view compares: none outside the comparison. */
export function comparedPair(view: View, dataset: Dataset): [string, string] | null {
  return view.mode === 'compare' ? pairToCompare(view.compare, dataset) : null;
}
