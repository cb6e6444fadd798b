import type { Dataset } from '../data/schema';
import { indexDataset } from '../data/index-dataset';
import { describeView } from '../i18n/describe-view';
import { comparedPair } from '../state/compared-pair';
import { DEFAULT_VIEW, isDefaultConfidence, type View } from '../state/view';

/** Whether the view narrows the commitments at all (the comparison always names its pair). */
function isFiltered(view: View): boolean {
  return (
    view.mode === 'compare' ||
    view.domains.length > 0 ||
    (view.mode === 'overview' && view.meetings.length > 0) ||
    view.types.length > 0 ||
    view.statuses.length > 0 ||
    view.q.trim() !== '' ||
    !isDefaultConfidence(view.confidence)
  );
}

/**
 * The view in words, for the line under the page's heading and the document's title: null for
 * the unfiltered overview, About the data, and before the dataset is loaded.
 */
export function nameOfView(view: View, dataset: Dataset | undefined): string | null {
  if (!dataset || view.mode === 'about' || !isFiltered(view)) return null;
  const pair = view.mode === 'compare' ? comparedPair(view, dataset) : null;
  return describeView({ ...view, sort: DEFAULT_VIEW.sort }, indexDataset(dataset), pair);
}
