import { useMemo } from 'react';
import { acrossMeetingsFilter, filterCommitments } from '../../data/filter-commitments';
import type { DatasetIndex } from '../../data/index-dataset';
import type { Commitment, Dataset } from '../../data/schema';
import { whatsNew } from '../../data/whats-new';
import type { View } from '../../state/view';
import { WhatsNew } from './WhatsNew';

/**
 * The lead of the overview for a view, derived here rather than beside the other panels' figures
 * (src/app/use-derived-data.ts): the code that compares meetings then loads with the panels, not
 * in the script the app needs to start. What the derivation throws, the panel's boundary catches.
 */
export function WhatsNewFor({
  dataset,
  view,
  commitments,
  lookups,
}: {
  dataset: Dataset;
  /** The view the commitments were filtered by. */
  view: View;
  commitments: readonly Commitment[];
  lookups: DatasetIndex;
}) {
  const news = useMemo(() => {
    const across = acrossMeetingsFilter(view);
    return whatsNew(dataset, view, across ? filterCommitments(dataset, across) : commitments);
  }, [dataset, view, commitments]);
  return news ? <WhatsNew news={news} view={view} lookups={lookups} /> : null;
}
