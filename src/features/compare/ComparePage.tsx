import { useMemo } from 'react';
import type { ChartActions } from '../../ui/chart-actions';
import { CopyButton } from '../../ui/CopyButton';
import { compareDomains, compareThreads, countChanges, readingOrder } from '../../data/compare';
import type { Commitment, Dataset } from '../../data/schema';
import type { DatasetIndex } from '../../data/index-dataset';
import { defaultComparePair } from '../../data/default-compare-pair';
import { meetingsInDateOrder } from '../../data/order';
import type { View } from '../../state/view';
import { pairToCompare } from '../../state/compared-pair';
import { useViewStore } from '../../state/view-store';
import { meetingLabel } from '../../i18n/localized';
import { citedView } from '../../state/cited-view';
import { currentPage, viewUrl } from '../../state/view-url';
import { useCitedRelease } from '../../components/cited-release';
import { compareSummary, summaryWithSource } from './compare-summary';
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
  const release = useCitedRelease();
  const t = MESSAGES[view.lang];

  // Read from the earlier meeting to the later, whichever is A: the pair stays as chosen (the
  // picker, the address), only the direction of reading follows time.
  const comparison = useMemo(() => {
    if (!pair) return null;
    const order = readingOrder(dataset.meetings, pair[0], pair[1]);
    const threadComparisons = compareThreads(
      commitments,
      dataset.meetings,
      order.earlier,
      order.later,
    );
    return {
      order,
      counts: countChanges(threadComparisons),
      groups: lineageGroups(threadComparisons, meetings, commitments),
      domains: compareDomains(dataset, view, commitments, order.earlier, order.later),
    };
  }, [commitments, dataset, meetings, pair, view]);

  const earlier = comparison && lookups.meetings.get(comparison.order.earlier);
  const later = comparison && lookups.meetings.get(comparison.order.later);
  if (!pair || !earlier || !later || !comparison) {
    return <p className="panel">{t.noMeetings}</p>;
  }

  const { backwards } = comparison.order;
  const letters = backwards
    ? { from: t.letterB, to: t.letterA }
    : { from: t.letterA, to: t.letterB };
  const summary = compareSummary(earlier, later, comparison.counts, view.lang, backwards);
  // Copied into a report: with the dataset's version and an address that reopens this comparison
  // in this release (the pair as chosen, so A and B stay where the reader put them).
  const summaryToCopy = () =>
    summaryWithSource(
      summary,
      dataset.meta,
      viewUrl(currentPage(), citedView(view, release, pair)),
      view.lang,
    );
  const choose = (next: [string, string]) => {
    // The default pair is written as no pair at all, so that one view keeps one URL.
    const isDefault = defaultPair && next[0] === defaultPair[0] && next[1] === defaultPair[1];
    comparePairChanged(isDefault ? null : next);
  };

  return (
    <div className="compare">
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t.heading}</h2>
        <p className="panel-summary">{t.intro(letters.from, letters.to)}</p>
        <ComparePicker meetings={meetings} pair={pair} lang={view.lang} onChange={choose} />
        <div className="compare-summary">
          <p id="compare-summary-text">{summary}</p>
          <CopyButton label={t.copySummary} text={summaryToCopy} copiedMessage={t.summaryCopied} />
        </div>
      </section>
      <ThreadChanges
        groups={comparison.groups}
        meetings={meetings}
        pair={pair}
        letters={letters}
        threads={lookups.threads}
        meetingsById={lookups.meetings}
        sources={lookups.sources}
        lang={view.lang}
      />
      <DomainComparison
        rows={comparison.domains}
        domains={lookups.domains}
        labelFrom={t.side(letters.from, meetingLabel(earlier, view.lang))}
        labelTo={t.side(letters.to, meetingLabel(later, view.lang))}
        letters={letters}
        lang={view.lang}
        actions={chartActions}
      />
    </div>
  );
}
