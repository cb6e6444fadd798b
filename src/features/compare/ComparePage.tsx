import { useMemo } from 'react';
import type { ChartActions } from '../../ui/chart-actions';
import { CopyButton } from '../../ui/CopyButton';
import { compareDomains, compareThreads, countChanges } from '../../data/compare';
import type { Commitment, Dataset } from '../../data/schema';
import type { DatasetIndex } from '../../data/index-dataset';
import { defaultComparePair } from '../../data/default-compare-pair';
import { meetingsInDateOrder } from '../../data/order';
import type { View } from '../../state/view';
import { pairToCompare } from '../../state/compared-pair';
import { useViewStore } from '../../state/view-store';
import { meetingPlace } from '../../i18n/localized';
import { compareSummary } from './compare-summary';
import { ComparePicker } from './ComparePicker';
import { DomainComparison } from './DomainComparison';
import { MESSAGES } from './messages';
import { lineageGroups } from './lineage-groups';
import { ThreadChanges } from './ThreadChanges';

export interface ComparePageProps {
  dataset: Dataset;
  view: View;
  /** The commitments under every filter except the meeting filter. */
  commitments: readonly Commitment[];
  lookups: DatasetIndex;
  /** Controls drawn beside the chart. */
  chartActions?: ChartActions;
}

/** Loaded on its own when the comparison is opened. */
export default function ComparePage({
  dataset,
  view,
  commitments,
  lookups,
  chartActions,
}: ComparePageProps) {
  const comparePairChanged = useViewStore((state) => state.comparePairChanged);
  const defaultPair = useMemo(() => defaultComparePair(dataset), [dataset]);
  const meetings = useMemo(() => meetingsInDateOrder(dataset.meetings), [dataset]);
  const pair = useMemo(() => pairToCompare(view.compare, dataset), [view.compare, dataset]);
  const t = MESSAGES[view.lang];

  const comparison = useMemo(() => {
    if (!pair) return null;
    const threadComparisons = compareThreads(commitments, dataset.meetings, pair[0], pair[1]);
    return {
      threads: threadComparisons,
      counts: countChanges(threadComparisons),
      groups: lineageGroups(threadComparisons, meetings, commitments),
      domains: compareDomains(dataset, view, commitments, pair[0], pair[1]),
    };
  }, [commitments, dataset, meetings, pair, view]);

  const a = pair && lookups.meetings.get(pair[0]);
  const b = pair && lookups.meetings.get(pair[1]);
  if (!pair || !a || !b || !comparison) {
    return <p className="panel">{t.noMeetings}</p>;
  }

  const summary = compareSummary(a, b, comparison.counts, view.lang);
  const choose = (next: [string, string]) => {
    // The default pair is written as no pair at all, so that one view keeps one URL.
    const isDefault = defaultPair && next[0] === defaultPair[0] && next[1] === defaultPair[1];
    comparePairChanged(isDefault ? null : next);
  };

  return (
    <div className="compare">
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t.heading}</h2>
        <p className="panel-summary">{t.intro}</p>
        <ComparePicker meetings={meetings} pair={pair} lang={view.lang} onChange={choose} />
        <div className="compare-summary">
          <p id="compare-summary-text">{summary}</p>
          <CopyButton label={t.copySummary} text={() => summary} copiedMessage={t.summaryCopied} />
        </div>
      </section>
      <ThreadChanges
        groups={comparison.groups}
        meetings={meetings}
        pair={pair}
        threads={lookups.threads}
        meetingsById={lookups.meetings}
        sources={lookups.sources}
        lang={view.lang}
      />
      <DomainComparison
        rows={comparison.domains}
        domains={lookups.domains}
        labelA={meetingPlace(a, view.lang)}
        labelB={meetingPlace(b, view.lang)}
        lang={view.lang}
        actions={chartActions}
      />
    </div>
  );
}
