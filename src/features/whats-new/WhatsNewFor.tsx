import { useMemo } from 'react';
import { filterCommitments } from '../../data/filter-commitments';
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
    // The lead reads what the comparison would: every filter but the meeting filter.
    const acrossAll =
      view.meetings.length === 0
        ? commitments
        : filterCommitments(dataset, { ...view, meetings: [] });
    return whatsNew(dataset, view, acrossAll);
  }, [dataset, view, commitments]);
  return news ? <WhatsNew news={news} view={view} lookups={lookups} /> : null;
}
